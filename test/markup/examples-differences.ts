/**
 * Examples whose microdata or RDFa differs from their JSON-LD in schema.org's
 * own markup (not in how ldpress reads it), with the reason and the exact
 * differences `differences()` reports (so a change in the readers shows up
 * here). Checked by examples.test.ts.
 */
export const knownDifferences: Record<string, {reason: string; differences: string[]}> = {
  "eg-0382 microdata": {
    reason: "the microdata has itemid=\"#thecafe\", the JSON no @id",
    differences: [
      "/0/mainEntity/@id: only in microdata"
    ]
  },
  "eg-0383 microdata": {
    reason: "the markup has an @id (#thecafe), the JSON none",
    differences: [
      "/0/@id: only in microdata"
    ]
  },
  "eg-0383 rdfa": {
    reason: "the markup has an @id (#thecafe), the JSON none",
    differences: [
      "/0/@id: only in rdfa"
    ]
  },
  "eg-0374 microdata": {
    reason: "the JSON description adds \"bill.\" and paymentDueDate a time",
    differences: [
      "/0/description: \"January 2015 Visa bill.\" ≠ \"January 2015 Visa\"",
      "/0/paymentDueDate: \"2015-01-30T12:00:00\" ≠ \"2015-01-30\""
    ]
  },
  "eg-0374 rdfa": {
    reason: "the JSON description adds \"bill.\" and paymentDueDate a time",
    differences: [
      "/0/description: \"January 2015 Visa bill.\" ≠ \"January 2015 Visa\""
    ]
  },
  "eg-0375 microdata": {
    reason: "the JSON has accountId, paymentMethod and paymentStatus, the markup a description",
    differences: [
      "/0/accountId: only in json",
      "/0/description: only in microdata",
      "/0/referencesOrder/0/paymentMethod: only in json",
      "/0/referencesOrder/1/paymentMethod: only in json"
    ]
  },
  "eg-0375 rdfa": {
    reason: "the JSON has accountId, paymentMethod and paymentStatus, the markup a description",
    differences: [
      "/0/accountId: only in json",
      "/0/description: only in rdfa",
      "/0/paymentStatus: only in json",
      "/0/referencesOrder/0/paymentMethod: only in json",
      "/0/referencesOrder/1/paymentMethod: only in json"
    ]
  },
  "eg-0376 microdata": {
    reason: "orderQuantity 3 in the JSON, 4 in the markup",
    differences: [
      "/0/orderedItem/1/orderQuantity: \"3\" ≠ \"4\""
    ]
  },
  "eg-0376 rdfa": {
    reason: "orderQuantity 3 in the JSON, 4 in the markup",
    differences: [
      "/0/orderedItem/1/orderQuantity: \"3\" ≠ \"4\""
    ]
  },
  "eg-0332 rdfa": {
    reason: "the RDFa has a name the JSON lacks",
    differences: [
      "/0/name: only in rdfa"
    ]
  },
  "eg-0398 microdata": {
    reason: "@ids are \"vol376\" in the JSON, \"#vol376\" in the markup",
    differences: [
      "/0/hasPart/@id: \"vol376\" ≠ \"#vol376\"",
      "/0/hasPart/hasPart/0/@id: \"issue9734\" ≠ \"#iss9734\"",
      "/0/hasPart/hasPart/1/@id: \"issue9735\" ≠ \"#iss9735\""
    ]
  },
  "eg-0398 rdfa": {
    reason: "@ids are \"vol376\" in the JSON, \"#vol376\" in the markup",
    differences: [
      "/0/hasPart/@id: \"vol376\" ≠ \"#vol376\"",
      "/0/hasPart/hasPart/0/@id: \"issue9734\" ≠ \"#issue9734\"",
      "/0/hasPart/hasPart/1/@id: \"issue9735\" ≠ \"#issue9735\""
    ]
  },
  "eg-0400 microdata": {
    reason: "the JSON has two volumes, the markup the author and the trilogy as separate nodes",
    differences: [
      "2 top-level nodes in json, 4 in microdata",
      "/0/@id: \"#author\" ≠ \"#book1\"",
      "/0/@type: [\"Person\"] ≠ [\"Book\",\"PublicationVolume\"]",
      "/0/about: only in microdata",
      "/0/author: only in microdata",
      "/0/birthDate: only in json",
      "/0/deathDate: only in json",
      "/0/inLanguage: only in microdata",
      "/0/isPartOf: only in microdata",
      "/0/name: \"Tolkien, J. R. R. (John Ronald Reuel)\" ≠ \"The Fellowship of the Ring\"",
      "/0/sameAs: only in json",
      "/0/volumeNumber: only in microdata",
      "/1/@id: \"#trilogy\" ≠ \"#book2\"",
      "/1/@type: [\"Book\"] ≠ [\"Book\",\"PublicationVolume\"]",
      "/1/genre: only in json",
      "/1/hasPart: only in json",
      "/1/isPartOf: only in microdata",
      "/1/name: \"Lord of the Rings\" ≠ \"The Two Towers\"",
      "/1/volumeNumber: only in microdata"
    ]
  },
  "eg-0400 rdfa": {
    reason: "the JSON has two volumes, the markup the author and the trilogy as separate nodes",
    differences: [
      "2 top-level nodes in json, 4 in rdfa",
      "/0/@id: \"#author\" ≠ \"#book1\"",
      "/0/@type: [\"Person\"] ≠ [\"Book\",\"PublicationVolume\"]",
      "/0/about: only in rdfa",
      "/0/author: only in rdfa",
      "/0/birthDate: only in json",
      "/0/deathDate: only in json",
      "/0/inLanguage: only in rdfa",
      "/0/isPartOf: only in rdfa",
      "/0/name: \"Tolkien, J. R. R. (John Ronald Reuel)\" ≠ \"The Fellowship of the Ring\"",
      "/0/sameAs: only in json",
      "/0/volumeNumber: only in rdfa",
      "/1/@id: \"#trilogy\" ≠ \"#book2\"",
      "/1/@type: [\"Book\"] ≠ [\"Book\",\"PublicationVolume\"]",
      "/1/genre: only in json",
      "/1/hasPart: only in json",
      "/1/isPartOf: only in rdfa",
      "/1/name: \"Lord of the Rings\" ≠ \"The Two Towers\"",
      "/1/volumeNumber: only in rdfa"
    ]
  },
  "eg-0427 microdata": {
    reason: "the microdata item has itemprop=\"Person\" (so it is not a top-level item); the RDFa sponsor has no name",
    differences: [
      "1 top-level nodes in json, 0 in microdata"
    ]
  },
  "eg-0427 rdfa": {
    reason: "the microdata item has itemprop=\"Person\" (so it is not a top-level item); the RDFa sponsor has no name",
    differences: [
      "/0/sponsor/name: only in json"
    ]
  },
  "eg-0444 microdata": {
    reason: "workPerformed is a TVEpisode in the markup; the RDFa says isLiveBroadcast True, the JSON false",
    differences: [
      "/0/workPerformed/@type: [\"CreativeWork\"] ≠ [\"TVEpisode\"]"
    ]
  },
  "eg-0444 rdfa": {
    reason: "workPerformed is a TVEpisode in the markup; the RDFa says isLiveBroadcast True, the JSON false",
    differences: [
      "/0/isLiveBroadcast: \"false\" ≠ \"true\"",
      "/0/workPerformed/@type: [\"CreativeWork\"] ≠ [\"TVEpisode\"]"
    ]
  },
  "eg-0438 rdfa": {
    reason: "the JSON has address, geo, image and more the RDFa lacks (RDFa nodes are separate)",
    differences: [
      "1 top-level nodes in json, 3 in rdfa",
      "/0/address: only in json",
      "/0/geo: only in json",
      "/0/image: only in json",
      "/0/isAccessibleForFree: only in json",
      "/0/publicAccess: only in json",
      "/0/sameAs: only in json"
    ]
  },
  "eg-0439 microdata": {
    reason: "sameAs without the final slash in the JSON",
    differences: [
      "/0/sameAs: \"http://www.bodegasprotos.com\" ≠ \"http://www.bodegasprotos.com/\""
    ]
  },
  "eg-0439 rdfa": {
    reason: "sameAs without the final slash in the JSON",
    differences: [
      "/0/sameAs: \"http://www.bodegasprotos.com\" ≠ \"http://www.bodegasprotos.com/\""
    ]
  },
  "eg-0001 microdata": {
    reason: "the JSON splits \"Suite 123\" into extendedAddress; the markup keeps it in streetAddress",
    differences: [
      "/0/address/extendedAddress: only in json",
      "/0/address/streetAddress: \"20341 Whitworth Institute 405 N. Whitworth\" ≠ \"20341 Whitworth Institute Suite 123 405 N. Whitworth\""
    ]
  },
  "eg-0001 rdfa": {
    reason: "the JSON splits \"Suite 123\" into extendedAddress; the markup keeps it in streetAddress",
    differences: [
      "/0/address/extendedAddress: only in json",
      "/0/address/streetAddress: \"20341 Whitworth Institute 405 N. Whitworth\" ≠ \"20341 Whitworth Institute Suite 123 405 N. Whitworth\""
    ]
  },
  "eg-0003 microdata": {
    reason: "the markup has a creator the JSON lacks",
    differences: [
      "/0/creator: only in microdata"
    ]
  },
  "eg-0003 rdfa": {
    reason: "the markup has a creator the JSON lacks",
    differences: [
      "/0/creator: only in rdfa"
    ]
  },
  "eg-0013 microdata": {
    reason: "interactionType is Comment in the JSON, CommentAction in the markup",
    differences: [
      "/0/interactionStatistic/interactionType: \"https://schema.org/Comment\" ≠ \"https://schema.org/CommentAction\""
    ]
  },
  "eg-0013 rdfa": {
    reason: "interactionType is Comment in the JSON, CommentAction in the markup",
    differences: [
      "/0/interactionStatistic/interactionType: \"https://schema.org/Comment\" ≠ \"https://schema.org/CommentAction\""
    ]
  },
  "eg-0023 microdata": {
    reason: "the markup gives interactionService an itemid, the JSON a url",
    differences: [
      "/0/interactionStatistic/0/interactionService/@id: only in microdata",
      "/0/interactionStatistic/0/interactionService/url: only in json"
    ]
  },
  "eg-0028 microdata": {
    reason: "the markup has a hiringOrganization the JSON lacks",
    differences: [
      "/0/hiringOrganization: only in microdata"
    ]
  },
  "eg-0028 rdfa": {
    reason: "the markup has a hiringOrganization the JSON lacks",
    differences: [
      "/0/hiringOrganization: only in rdfa"
    ]
  },
  "eg-0166 microdata": {
    reason: "the markup has names the JSON lacks",
    differences: [
      "/0/containsSeason/episode/name: only in microdata",
      "/0/containsSeason/episode/publication/0/publishedOn/name: only in microdata",
      "/0/containsSeason/name: only in microdata",
      "/0/name: only in microdata"
    ]
  },
  "eg-0166 rdfa": {
    reason: "the markup has names the JSON lacks",
    differences: [
      "/0/containsSeason/episode/name: only in rdfa",
      "/0/containsSeason/episode/publication/0/publishedOn/name: only in rdfa",
      "/0/containsSeason/name: only in rdfa",
      "/0/name: only in rdfa"
    ]
  },
  "eg-0167 microdata": {
    reason: "the markup has names the JSON lacks",
    differences: [
      "/0/episode/name: only in microdata",
      "/0/episode/publication/0/publishedOn/name: only in microdata",
      "/0/name: only in microdata"
    ]
  },
  "eg-0167 rdfa": {
    reason: "the markup has names the JSON lacks",
    differences: [
      "/0/episode/name: only in rdfa",
      "/0/episode/publication/0/publishedOn/name: only in rdfa",
      "/0/name: only in rdfa"
    ]
  },
  "eg-0172 microdata": {
    reason: "the JSON is a @graph of Place and Offer, the markup one Event holding them",
    differences: [
      "2 top-level nodes in json, 1 in microdata",
      "/0/@type: [\"Offer\"] ≠ [\"Event\"]",
      "/0/eventStatus: only in microdata",
      "/0/location: only in microdata",
      "/0/name: only in microdata",
      "/0/offers: only in microdata",
      "/0/previousStartDate: only in microdata",
      "/0/price: only in json",
      "/0/priceCurrency: only in json",
      "/0/startDate: only in microdata",
      "/0/url: only in json"
    ]
  },
  "eg-0172 rdfa": {
    reason: "the JSON is a @graph of Place and Offer, the markup one Event holding them",
    differences: [
      "2 top-level nodes in json, 1 in rdfa",
      "/0/@type: [\"Offer\"] ≠ [\"Event\"]",
      "/0/eventStatus: only in rdfa",
      "/0/location: only in rdfa",
      "/0/name: only in rdfa",
      "/0/offers: only in rdfa",
      "/0/previousStartDate: only in rdfa",
      "/0/price: only in json",
      "/0/priceCurrency: only in json",
      "/0/startDate: only in rdfa",
      "/0/url: only in json"
    ]
  },
  "eg-0177 microdata": {
    reason: "the JSON lists fullKeyboardControl, the markup fullTouchControl and fullVoiceControl",
    differences: [
      "/0/accessibilityControl/1: \"fullMouseControl\" ≠ \"fullKeyboardControl\"",
      "/0/accessibilityControl/2: \"fullTouchControl\" ≠ \"fullKeyboardControl\"",
      "/0/accessibilityControl/3: \"fullVoiceControl\" ≠ \"fullMouseControl\""
    ]
  },
  "eg-0177 rdfa": {
    reason: "the JSON lists fullKeyboardControl, the markup fullTouchControl and fullVoiceControl",
    differences: [
      "/0/accessibilityControl/1: \"fullMouseControl\" ≠ \"fullKeyboardControl\"",
      "/0/accessibilityControl/2: \"fullTouchControl\" ≠ \"fullKeyboardControl\"",
      "/0/accessibilityControl/3: \"fullVoiceControl\" ≠ \"fullMouseControl\""
    ]
  },
  "eg-0186 microdata": {
    reason: "the JSON has a second suggestedAnswer and another author name",
    differences: [
      "/0/acceptedAnswer/author/name: \"someuser\" ≠ \"anotheruser\"",
      "/0/suggestedAnswer: 1 values ≠ 2 values"
    ]
  },
  "eg-0186 rdfa": {
    reason: "the JSON has a second suggestedAnswer and another author name",
    differences: [
      "/0/acceptedAnswer/author/name: \"someuser\" ≠ \"anotheruser\"",
      "/0/suggestedAnswer: 1 values ≠ 2 values"
    ]
  },
  "eg-0189 microdata": {
    reason: "the markup has sameAs and fewer names than the JSON",
    differences: [
      "/0/location/sameAs: only in microdata",
      "/0/workPerformed/0/name: 1 values ≠ 2 values"
    ]
  },
  "eg-0189 rdfa": {
    reason: "the markup has sameAs and fewer names than the JSON",
    differences: [
      "/0/location/sameAs: only in rdfa",
      "/0/workPerformed/0/name: 1 values ≠ 2 values"
    ]
  },
  "eg-0198 microdata": {
    reason: "the JSON description is cut short (\"...\")",
    differences: [
      "/0/department/description: \"A superb collection of fine pharmaceuticals for your beaut… ≠ \"A superb collection of fine pharmaceuticals...\""
    ]
  },
  "eg-0198 rdfa": {
    reason: "the JSON description is cut short (\"...\")",
    differences: [
      "/0/department/description: \"A superb collection of fine pharmaceuticals for your beaut… ≠ \"A superb collection of fine pharmaceuticals...\""
    ]
  },
  "eg-0210 microdata": {
    reason: "the JSON has a description the markup lacks",
    differences: [
      "/0/description: only in json"
    ]
  },
  "eg-0210 rdfa": {
    reason: "the JSON has a description the markup lacks",
    differences: [
      "/0/description: only in json"
    ]
  },
  "eg-0328 microdata": {
    reason: "the markup has givenName; its <img> uses href instead of src, so the image is empty",
    differences: [
      "/0/givenName: only in microdata",
      "/0/makesOffer/itemOffered/image: \"2009_Volkswagen_Golf_V_GTI_MY09.png\" ≠ \"\""
    ]
  },
  "eg-0328 rdfa": {
    reason: "the markup has givenName; its <img> uses href instead of src, so the image is empty",
    differences: [
      "/0/givenName: only in rdfa",
      "/0/makesOffer/itemOffered/image: \"2009_Volkswagen_Golf_V_GTI_MY09.png\" ≠ \"\""
    ]
  },
  "eg-0446 microdata": {
    reason: "the statistics differ in order and values; the RDFa mixes in microdata attributes (itemscope, itemid)",
    differences: [
      "/0/datePublished: only in json",
      "/0/interactionStatistic/0/interactionService/@id: \"https://youtube.com\" ≠ \"https://twitter.com\"",
      "/0/interactionStatistic/0/interactionService/@type: [\"WebSite\"] ≠ [\"SoftwareApplication\"]",
      "/0/interactionStatistic/0/interactionService/name: \"YouTube\" ≠ \"Twitter\"",
      "/0/interactionStatistic/0/interactionType: \"https://schema.org/LikeAction\" ≠ \"https://schema.org/ShareAction\"",
      "/0/interactionStatistic/0/userInteractionCount: \"512\" ≠ \"2345\"",
      "/0/interactionStatistic/1/interactionService/@id: only in microdata",
      "/0/interactionStatistic/1/interactionService/@type: [\"SoftwareApplication\"] ≠ [\"WebSite\"]",
      "/0/interactionStatistic/1/interactionService/name: \"Twitter\" ≠ \"Facebook\"",
      "/0/interactionStatistic/1/interactionService/url: only in json",
      "/0/interactionStatistic/1/interactionType: \"https://schema.org/ShareAction\" ≠ \"https://schema.org/LikeAction\"",
      "/0/interactionStatistic/1/userInteractionCount: \"2345\" ≠ \"1024\"",
      "/0/interactionStatistic/2/interactionService/@id: only in microdata",
      "/0/interactionStatistic/2/interactionService/url: only in json",
      "/0/interactionStatistic/3/interactionService/@id: only in microdata",
      "/0/interactionStatistic/3/interactionService/name: \"Facebook\" ≠ \"YouTube\"",
      "/0/interactionStatistic/3/interactionService/url: only in json",
      "/0/interactionStatistic/3/userInteractionCount: \"1024\" ≠ \"512\""
    ]
  },
  "eg-0446 rdfa": {
    reason: "the statistics differ in order and values; the RDFa mixes in microdata attributes (itemscope, itemid)",
    differences: [
      "/0/datePublished: only in json",
      "/0/interactionStatistic/0/interactionService: {\"@id\":\"https://youtube.com\",\"@type\":[\"WebSite\"],\"name\":[\"Y… ≠ \"\"",
      "/0/interactionStatistic/0/name: only in rdfa",
      "/0/interactionStatistic/0/userInteractionCount: \"512\" ≠ \"1024\"",
      "/0/interactionStatistic/1/interactionService: {\"@type\":[\"SoftwareApplication\"],\"name\":[\"Twitter\"],\"url\":[… ≠ \"\"",
      "/0/interactionStatistic/1/interactionType: \"https://schema.org/ShareAction\" ≠ \"https://schema.org/LikeAction\"",
      "/0/interactionStatistic/1/name: only in rdfa",
      "/0/interactionStatistic/1/userInteractionCount: \"2345\" ≠ \"1024\"",
      "/0/interactionStatistic/2/interactionService: {\"@type\":[\"SoftwareApplication\"],\"name\":[\"Twitter\"],\"url\":[… ≠ \"\"",
      "/0/interactionStatistic/2/name: only in rdfa",
      "/0/interactionStatistic/2/userInteractionCount: \"1024\" ≠ \"512\"",
      "/0/interactionStatistic/3/interactionService: {\"@type\":[\"WebSite\"],\"name\":[\"Facebook\"],\"url\":[\"https://ww… ≠ \"\"",
      "/0/interactionStatistic/3/interactionType: \"https://schema.org/LikeAction\" ≠ \"https://schema.org/ShareAction\"",
      "/0/interactionStatistic/3/name: only in rdfa",
      "/0/interactionStatistic/3/userInteractionCount: \"1024\" ≠ \"2345\""
    ]
  },
  "eg-0454 microdata": {
    reason: "the JSON description is cut short; artform and sameAs only in the markup",
    differences: [
      "/0/artform: only in microdata",
      "/0/description: \"The painting shows a pipe. Below it, Magritte...\" ≠ \"The painting shows a pipe. Below it, Magritte painted, Cec…",
      "/0/sameAs: only in microdata"
    ]
  },
  "eg-0454 rdfa": {
    reason: "the JSON description is cut short; artform and sameAs only in the markup",
    differences: [
      "/0/artform: only in rdfa",
      "/0/description: \"The painting shows a pipe. Below it, Magritte...\" ≠ \"The painting shows a pipe. Below it, Magritte painted, Cec…",
      "/0/sameAs: only in rdfa"
    ]
  },
  "eg-0456 microdata": {
    reason: "the JSON description is cut short; artform capitalised differently",
    differences: [
      "/0/artform: \"print\" ≠ \"Print\"",
      "/0/description: \"Still Life under the Lamp, from 1962, made when...\" ≠ \"Still Life under the Lamp, from 1962, made when the artist…"
    ]
  },
  "eg-0456 rdfa": {
    reason: "the JSON description is cut short; artform capitalised differently",
    differences: [
      "/0/artform: \"print\" ≠ \"Print\"",
      "/0/description: \"Still Life under the Lamp, from 1962, made when...\" ≠ \"Still Life under the Lamp, from 1962, made when the artist…"
    ]
  },
  "eg-0419 microdata": {
    reason: "the markup name has a stray quote",
    differences: [
      "/0/name: \"Jaws 3-D\" ≠ \"Jaws 3-D\\\"\""
    ]
  },
  "eg-0419 rdfa": {
    reason: "the markup name has a stray quote",
    differences: [
      "/0/name: \"Jaws 3-D\" ≠ \"Jaws 3-D\\\"\""
    ]
  },
  "eg-0457 microdata": {
    reason: "the JSON target has \"?&q\" and no www; query-input is an <input> in the markup",
    differences: [
      "/0/potentialAction/query: \"required\" ≠ \"\"",
      "/0/potentialAction/target: \"http://example.com/search?&q={query}\" ≠ \"http://example.com/search?q={query}\"",
      "/0/url: \"http://example.com/\" ≠ \"http://www.example.com/\""
    ]
  },
  "eg-0457 rdfa": {
    reason: "the JSON target has \"?&q\" and no www; query-input is an <input> in the markup",
    differences: [
      "/0/potentialAction/query: \"required\" ≠ \"\"",
      "/0/potentialAction/target: \"http://example.com/search?&q={query}\" ≠ \"http://www.example.com/search?q={query}\"",
      "/0/url: \"http://example.com/\" ≠ \"http://www.example.com/\""
    ]
  },
  "eg-0343 microdata": {
    reason: "ccRecipient is a Person in the JSON, a ContactPoint in the markup; bccRecipient only in the markup",
    differences: [
      "/0/bccRecipient: only in microdata",
      "/0/ccRecipient/@type: [\"ContactPoint\"] ≠ [\"Person\"]",
      "/0/ccRecipient/email: \"tps-consulting@example.com\" ≠ \"blumbergh@example.com\"",
      "/0/ccRecipient/name: only in microdata"
    ]
  },
  "eg-0343 rdfa": {
    reason: "ccRecipient is a Person in the JSON, a ContactPoint in the markup; bccRecipient only in the markup",
    differences: [
      "/0/bccRecipient: only in rdfa",
      "/0/ccRecipient/@type: [\"ContactPoint\"] ≠ [\"Person\"]",
      "/0/ccRecipient/email: \"tps-consulting@example.com\" ≠ \"blumbergh@example.com\"",
      "/0/ccRecipient/name: only in rdfa"
    ]
  },
  "eg-0351 microdata": {
    reason: "names are worded and capitalised differently",
    differences: [
      "/0/amount/0/name: \"debt for law and business\" ≠ \"for law and business\"",
      "/0/amount/1/name: \"debt for other fields of study than law and business\" ≠ \"for other fields of study\"",
      "/0/annualPercentageRate/0/name: \"fixed interest rates\" ≠ \"Fixed interest rates\"",
      "/0/annualPercentageRate/1/name: \"variable interest rates\" ≠ \"Variable interest rates\""
    ]
  },
  "eg-0351 rdfa": {
    reason: "names are worded and capitalised differently",
    differences: [
      "/0/amount/0/name: \"debt for law and business\" ≠ \"for law and business\"",
      "/0/amount/1/name: \"debt for other fields of study than law and business\" ≠ \"for other fields of study\"",
      "/0/annualPercentageRate/0/name: \"fixed interest rates\" ≠ \"Fixed interest rates\"",
      "/0/annualPercentageRate/1/name: \"variable interest rates\" ≠ \"Variable interest rates\""
    ]
  },
  "eg-0354 microdata": {
    reason: "the markup name ends with a full stop",
    differences: [
      "/0/name: \"Platinum Debit Card\" ≠ \"Platinum Debit Card.\""
    ]
  },
  "eg-0354 rdfa": {
    reason: "the markup name ends with a full stop",
    differences: [
      "/0/name: \"Platinum Debit Card\" ≠ \"Platinum Debit Card.\""
    ]
  },
  "eg-0358 microdata": {
    reason: "addressCountry AT vs Austria; the photo URL is absolute in the JSON, relative in the markup",
    differences: [
      "/0/address/addressCountry: \"AT\" ≠ \"Austria\"",
      "/0/photo: \"http://www.acme-innsbruck.at//media/hotel_front.png\" ≠ \"../media/hotel_front.png\""
    ]
  },
  "eg-0358 rdfa": {
    reason: "addressCountry AT vs Austria; the photo URL is absolute in the JSON, relative in the markup",
    differences: [
      "/0/address/addressCountry: \"AT\" ≠ \"Austria\"",
      "/0/photo: \"http://www.acme-innsbruck.at//media/hotel_front.png\" ≠ \"../media/hotel_front.png\""
    ]
  },
  "eg-0448 microdata": {
    reason: "the markup gameLocation values keep their quotation marks",
    differences: [
      "/0/gameLocation/0: \"Beitild's House\" ≠ \"\\\"Beitild's House\\\"\"",
      "/0/gameLocation/1: \"Brina's House\" ≠ \"\\\"Brina's House\\\"\"",
      "/0/gameLocation/2: \"Dawnstar Barracks\" ≠ \"\\\"Dawnstar Barracks\\\"\"",
      "/0/gameLocation/3: \"Fruki's House\" ≠ \"\\\"Fruki's House\\\"\"",
      "/0/gameLocation/4: \"Irgnir's House\" ≠ \"\\\"Irgnir's House\\\"\""
    ]
  },
  "eg-0448 rdfa": {
    reason: "the markup gameLocation values keep their quotation marks",
    differences: [
      "/0/gameLocation/0: \"Beitild's House\" ≠ \"\\\"Beitild's House\\\"\"",
      "/0/gameLocation/1: \"Brina's House\" ≠ \"\\\"Brina's House\\\"\"",
      "/0/gameLocation/2: \"Dawnstar Barracks\" ≠ \"\\\"Dawnstar Barracks\\\"\"",
      "/0/gameLocation/3: \"Fruki's House\" ≠ \"\\\"Fruki's House\\\"\"",
      "/0/gameLocation/4: \"Irgnir's House\" ≠ \"\\\"Irgnir's House\\\"\""
    ]
  },
  "eg-0449 microdata": {
    reason: "the markup gameLocation values keep their quotation marks; url and capitalisation differ; contentRating only in the JSON",
    differences: [
      "/0/characterAttribute/0/alternateName: \"perk\" ≠ \"Perk\"",
      "/0/characterAttribute/1/alternateName: \"skill\" ≠ \"Skill\"",
      "/0/contentRating: only in json",
      "/0/gameLocation/0: \"Arefu\" ≠ \"\\\"Arefu\\\"\"",
      "/0/gameLocation/1: \"Big Town\" ≠ \"\\\"Big Town\\\"\"",
      "/0/gameLocation/2: \"Canterbury Commons\" ≠ \"\\\"Canterbury Commons\\\"\"",
      "/0/gameLocation/3: \"Megaton\" ≠ \"\\\"Megaton\\\"\"",
      "/0/gameLocation/4: \"Rivet City\" ≠ \"\\\"Rivet City\\\"\"",
      "/0/url: \"http://fallout.wikia.com/wiki/Fallout_3\" ≠ \"http://www.elderscrolls.com/skyrim\""
    ]
  },
  "eg-0449 rdfa": {
    reason: "the markup gameLocation values keep their quotation marks; url and capitalisation differ; contentRating only in the JSON",
    differences: [
      "/0/characterAttribute/0/alternateName: \"perk\" ≠ \"Perk\"",
      "/0/characterAttribute/1/alternateName: \"skill\" ≠ \"Skill\"",
      "/0/contentRating: only in json",
      "/0/gameLocation/0: \"Arefu\" ≠ \"\\\"Arefu\\\"\"",
      "/0/gameLocation/1: \"Big Town\" ≠ \"\\\"Big Town\\\"\"",
      "/0/gameLocation/2: \"Canterbury Commons\" ≠ \"\\\"Canterbury Commons\\\"\"",
      "/0/gameLocation/3: \"Megaton\" ≠ \"\\\"Megaton\\\"\"",
      "/0/gameLocation/4: \"Rivet City\" ≠ \"\\\"Rivet City\\\"\""
    ]
  },
  "eg-0424 microdata": {
    reason: "the JSON articleBody holds a literal <br>",
    differences: [
      "/0/liveBlogUpdate/0/articleBody: \"It's $14.99 a month.<br> And for a limited time, …\" ≠ \"It's $14.99 a month. And for a limited time, …\""
    ]
  },
  "eg-0424 rdfa": {
    reason: "the JSON articleBody holds a literal <br>",
    differences: [
      "/0/liveBlogUpdate/0/articleBody: \"It's $14.99 a month.<br> And for a limited time, …\" ≠ \"It's $14.99 a month. And for a limited time, …\""
    ]
  },
  "eg-0476 microdata": {
    reason: "a real page: the JSON and the microdata carry different fields and dates",
    differences: [
      "1 top-level nodes in json, 2 in microdata",
      "/0/@id: \"https://dataliberate.com/2019/05/14/library-metadata-evolu… ≠ \"https://www.dataliberate.com/2019/05/14/library-metadata-e…",
      "/0/about: only in json",
      "/0/abstract: only in microdata",
      "/0/aggregateRating: only in json",
      "/0/articleBody: only in microdata",
      "/0/author/@id: only in json",
      "/0/author/image: only in json",
      "/0/author/url: \"https://dataliberate.com/author/richard-wallis/\" ≠ \"https://www.dataliberate.com/author/richard-wallis/\"",
      "/0/comment: only in json",
      "/0/copyrightNotice: only in microdata",
      "/0/dateModified: \"2019-05-14\" ≠ \"2023-03-01T17:18:17+01:00\"",
      "/0/datePublished: \"2019-05-14\" ≠ \"2019-05-14T17:30:57+01:00\"",
      "/0/description: only in json",
      "/0/headline: only in json",
      "/0/image: only in json",
      "/0/isPartOf: only in json",
      "/0/keywords: 3 values ≠ 1 values",
      "/0/locationCreated: only in microdata",
      "/0/mainEntityOfPage: only in json",
      "/0/publisher/@id: only in json",
      "/0/publisher/logo: only in json",
      "/0/publisher/name: \"Data Liberate\" ≠ \"Dataliberate\"",
      "/0/url: only in json",
      "/0/wordCount: \"488\" ≠ \"481\""
    ]
  },
  "eg-0377 microdata": {
    reason: "the microdata item is a string in the JSON; the RDFa item has a type and no @id",
    differences: [
      "/0/itemListElement/0/item: {\"@id\":\"https://example.com/dresses\",\"name\":[\"Dresses\"]} ≠ \"https://example.com/dresses\"",
      "/0/itemListElement/0/name: only in microdata",
      "/0/itemListElement/1/item: {\"@id\":\"https://example.com/dresses/real\",\"name\":[\"Real Dre… ≠ \"https://example.com/dresses/real\"",
      "/0/itemListElement/1/name: only in microdata"
    ]
  },
  "eg-0377 rdfa": {
    reason: "the microdata item is a string in the JSON; the RDFa item has a type and no @id",
    differences: [
      "/0/itemListElement/0/item/@id: only in json",
      "/0/itemListElement/0/item/@type: only in rdfa",
      "/0/itemListElement/1/item/@id: only in json",
      "/0/itemListElement/1/item/@type: only in rdfa"
    ]
  },
  "eg-0393 microdata": {
    reason: "the JSON is Book+Product with additionalType and offers; the markup a Book and a separate node",
    differences: [
      "1 top-level nodes in json, 2 in microdata",
      "/0/@type: [\"Book\"] ≠ [\"Book\",\"Product\"]",
      "/0/additionalType: only in json",
      "/0/offers: only in json"
    ]
  },
  "eg-0393 rdfa": {
    reason: "the JSON is Book+Product with additionalType and offers; the markup a Book and a separate node",
    differences: [
      "1 top-level nodes in json, 2 in rdfa",
      "/0/@type: [\"Book\"] ≠ [\"Book\",\"Product\"]",
      "/0/additionalType: only in json",
      "/0/offers: only in json"
    ]
  },
  "eg-0394 rdfa": {
    reason: "the RDFa is not linked as the JSON is: the Organization and the #CopyrightYear rdfa:Pattern (never copied) are nodes of their own (the #SameAsResource pattern is copied into the Organization)",
    differences: [
      "1 top-level nodes in json, 3 in rdfa",
      "/0/@id: \"http://example.com/explosive-tennis-balls\" ≠ \"#CopyrightYear\"",
      "/0/@type: [\"ItemPage\"] ≠ [\"http://www.w3.org/ns/rdfa#Pattern\"]",
      "/0/copyrightHolder: only in json",
      "/0/copyrightYear: only in json",
      "/0/mainEntity: only in json",
      "/0/publisher: only in json"
    ]
  },
  "eg-0396 microdata": {
    reason: "names, serviceType and list lengths differ",
    differences: [
      "/0/hasOfferCatalog/itemListElement/0/itemListElement: 3 values ≠ 1 values",
      "/0/hasOfferCatalog/itemListElement/0/name: \"House Cleaning\" ≠ \"House cleaning\"",
      "/0/hasOfferCatalog/itemListElement/1/itemListElement: 3 values ≠ 1 values",
      "/0/hasOfferCatalog/name: only in json",
      "/0/serviceType: \"Weekly home cleaning\" ≠ \"Home cleaning\""
    ]
  },
  "eg-0396 rdfa": {
    reason: "names, serviceType and list lengths differ",
    differences: [
      "/0/hasOfferCatalog/itemListElement/0/itemListElement: 3 values ≠ 1 values",
      "/0/hasOfferCatalog/itemListElement/0/name: \"House Cleaning\" ≠ \"House cleaning\"",
      "/0/hasOfferCatalog/itemListElement/1/itemListElement: 3 values ≠ 1 values",
      "/0/hasOfferCatalog/name: only in json",
      "/0/serviceType: \"Weekly home cleaning\" ≠ \"Home cleaning\""
    ]
  },
  "eg-0225 microdata": {
    reason: "the JSON is a MedicalWebPage about a DrugClass, the markup a DrugClass with drugs",
    differences: [
      "1 top-level nodes in json, 2 in microdata",
      "/0/@type: [\"MedicalWebPage\"] ≠ [\"DrugClass\"]",
      "/0/about: only in json",
      "/0/audience: only in json",
      "/0/drug: only in microdata",
      "/0/lastReviewed: only in json",
      "/0/mainContentOfPage: only in json",
      "/0/specialty: only in json"
    ]
  },
  "eg-0225 rdfa": {
    reason: "the JSON is a MedicalWebPage about a DrugClass, the markup a DrugClass with drugs",
    differences: [
      "1 top-level nodes in json, 2 in rdfa",
      "/0/@type: [\"MedicalWebPage\"] ≠ [\"DrugClass\"]",
      "/0/about: only in json",
      "/0/audience: only in json",
      "/0/drug: only in rdfa",
      "/0/lastReviewed: only in json",
      "/0/mainContentOfPage: only in json",
      "/0/specialty: only in json"
    ]
  },
  "eg-0218 microdata": {
    reason: "the JSON has an @id, rdfa:usesVocabulary and nested editor/publisher nodes the microdata gives as URLs",
    differences: [
      "/0/@id: only in json",
      "/0/editor: \"http://www.wikidata.org/entity/6555518\" ≠ {\"@id\":\"http://www.wikidata.org/entity/6555518\",\"@type\":[\"P…",
      "/0/publisher: \"http://www.wikidata.org/entity/Q1916402\" ≠ {\"@id\":\"http://www.wikidata.org/entity/Q1916402\",\"@type\":[\"…",
      "/0/rdfa:usesVocabulary: only in json"
    ]
  },
  "eg-0218 rdfa": {
    reason: "the JSON has an @id, rdfa:usesVocabulary and nested editor/publisher nodes the microdata gives as URLs",
    differences: [
      "/0/@id: only in json",
      "/0/rdfa:usesVocabulary: only in json"
    ]
  },
  "eg-0217 microdata": {
    reason: "the JSON has its own @context (schema: prefix, rdfa: terms) and one @graph node; ldpress does not expand JSON-LD",
    differences: [
      "1 top-level nodes in json, 4 in microdata",
      "/0/@graph: only in json",
      "/0/@id: only in microdata",
      "/0/@type: only in microdata",
      "/0/creator: only in microdata",
      "/0/hasPart: only in microdata",
      "/0/name: only in microdata"
    ]
  },
  "eg-0217 rdfa": {
    reason: "the JSON has its own @context (schema: prefix, rdfa: terms) and one @graph node; ldpress does not expand JSON-LD",
    differences: [
      "1 top-level nodes in json, 4 in rdfa",
      "/0/@graph: only in json",
      "/0/@id: only in rdfa",
      "/0/@type: only in rdfa",
      "/0/creator: only in rdfa",
      "/0/hasPart: only in rdfa",
      "/0/name: only in rdfa"
    ]
  },
  "eg-0215 microdata": {
    reason: "the JSON writes \"type\" (not \"@type\") and gives provider/publisher as URLs, the markup as names",
    differences: [
      "/0/@type: only in microdata",
      "/0/provider: \"The Internet Archive\" ≠ \"http://archive.org/\"",
      "/0/publisher: \"LibriVox\" ≠ \"http://librivox.org/\"",
      "/0/type: only in json"
    ]
  },
  "eg-0215 rdfa": {
    reason: "the JSON writes \"type\" (not \"@type\") and gives provider/publisher as URLs, the markup as names",
    differences: [
      "/0/@type: only in rdfa",
      "/0/provider: \"The Internet Archive\" ≠ \"http://archive.org/\"",
      "/0/publisher: \"LibriVox\" ≠ \"http://librivox.org/\"",
      "/0/type: only in json"
    ]
  },
  "eg-0260 microdata": {
    reason: "the JSON uses @ids where the microdata uses additionalType and url",
    differences: [
      "/0/additionalType: only in microdata",
      "/0/credentialCategory/@id: only in json",
      "/0/credentialCategory/inDefinedTermSet/@id: only in json",
      "/0/credentialCategory/inDefinedTermSet/url: only in microdata",
      "/0/credentialCategory/url: only in microdata"
    ]
  },
  "eg-0306 microdata": {
    reason: "the JSON author is a string and the image URL is elided (\"https://...\")",
    differences: [
      "/0/author: {\"@type\":[\"Person\"],\"name\":[\"Myke Hurley\"]} ≠ \"Myke Hurley\"",
      "/0/image: \"https://www.relay.fm/inquisitive_artwork.png\" ≠ \"https://.../inquisitive_artwork.png\""
    ]
  },
  "eg-0307 microdata": {
    reason: "the JSON has partOfSeries and an elided URL, the microdata contentSize",
    differences: [
      "/0/associatedMedia/contentSize: only in microdata",
      "/0/associatedMedia/contentUrl: \"http://www.relay.fm/inquisitive/Inquisitive_027.mp3\" ≠ \"http://.../Inquisitive_027.mp3\"",
      "/0/partOfSeries: only in json"
    ]
  },
  "eg-0257 rdfa": {
    reason: "the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "1 top-level nodes in json, 0 in rdfa"
    ]
  },
  "eg-0258 microdata": {
    reason: "the microdata has a name the JSON lacks; the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "/0/name: only in microdata"
    ]
  },
  "eg-0258 rdfa": {
    reason: "the microdata has a name the JSON lacks; the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "1 top-level nodes in json, 0 in rdfa"
    ]
  },
  "eg-0254 microdata": {
    reason: "the JSON has an @id; the microdata archiveHeld is a name; the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "/0/@id: only in json",
      "/0/archiveHeld: \"https://archiveshub.jisc.ac.uk/data/gb71-thm/407\" ≠ \"Ronnie Barker Collection\""
    ]
  },
  "eg-0254 rdfa": {
    reason: "the JSON has an @id; the microdata archiveHeld is a name; the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "1 top-level nodes in json, 0 in rdfa"
    ]
  },
  "eg-0255 microdata": {
    reason: "the JSON has @id, about, itemLocation and a Person creator; the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "/0/@id: only in json",
      "/0/about: only in json",
      "/0/creator: {\"@type\":[\"Person\"],\"name\":[\"Ronnie Barker\"],\"sameAs\":[\"htt… ≠ \"Ronnie Barker\"",
      "/0/itemLocation: only in json",
      "/0/url: only in microdata"
    ]
  },
  "eg-0255 rdfa": {
    reason: "the JSON has @id, about, itemLocation and a Person creator; the RDFa writes type= instead of typeof= (no node)",
    differences: [
      "1 top-level nodes in json, 0 in rdfa"
    ]
  }
}

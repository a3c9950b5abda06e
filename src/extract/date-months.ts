/**
 * Month names as pages write them, as data: full names, genitive forms (the
 * form Slavic, Greek, Finnish… use after a day number) and the abbreviations
 * news sites print. Lowercase, without a trailing period. A name listed for
 * two months in different languages is left out rather than guessed.
 */

const months: ReadonlyArray<readonly string[]> = [
  // January
  [
    'january', 'jan', 'januar', 'jänner', 'jaenner', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'ocak', 'oca',
    'январь', 'января', 'янв', 'січень', 'січня', 'січ', 'styczeń', 'stycznia', 'sty', 'leden', 'ledna', 'január', 'januára', 'ianuarie',
    'tammikuu', 'tammikuuta', 'ιανουάριος', 'ιανουαρίου', 'ιαν', 'януари', 'јануар', 'gener', 'urtarrila', 'يناير', 'tammik'
  ],
  // February
  [
    'february', 'feb', 'februar', 'feber', 'février', 'fevrier', 'févr', 'fevr', 'fév', 'febrero', 'febbraio', 'fevereiro', 'fev', 'februari',
    'şubat', 'subat', 'şub', 'февраль', 'февраля', 'фев', 'февр', 'лютий', 'лютого', 'лют', 'luty', 'lutego', 'lut', 'únor', 'února', 'február',
    'februára', 'februarie', 'helmikuu', 'helmikuuta', 'φεβρουάριος', 'φεβρουαρίου', 'φεβ', 'февруари', 'фебруар', 'febrer', 'فبراير', 'helmik'
  ],
  // March
  [
    'march', 'mar', 'märz', 'maerz', 'mär', 'mrz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mrt', 'mart', 'март', 'марта', 'мар',
    'березень', 'березня', 'бер', 'marzec', 'marca', 'březen', 'března', 'március', 'marec', 'martie', 'maaliskuu', 'maaliskuuta',
    'μάρτιος', 'μαρτίου', 'μαρ', 'març', 'مارس', 'maalisk'
  ],
  // April
  [
    'april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'nisan', 'nis', 'апрель', 'апреля', 'апр', 'квітень', 'квітня', 'квіт', 'kwiecień',
    'kwietnia', 'kwi', 'duben', 'dubna', 'április', 'apríla', 'aprilie', 'huhtikuu', 'huhtikuuta', 'απρίλιος', 'απριλίου', 'απρ', 'април',
    'abril', 'أبريل', 'ابريل', 'إبريل', 'huhtik', 'apríl'
  ],
  // May
  [
    'may', 'mai', 'mayo', 'maggio', 'mag', 'maio', 'mei', 'mayıs', 'mayis', 'май', 'мая', 'травень', 'травня', 'трав', 'maj', 'maja', 'květen',
    'května', 'május', 'mája', 'toukokuu', 'toukokuuta', 'μάιος', 'μαΐου', 'μαιου', 'μαΐ', 'мај', 'maig', 'مايو', 'toukok'
  ],
  // June
  [
    'june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'haziran', 'haz', 'июнь', 'июня', 'июн', 'червень', 'червня', 'черв',
    'czerwiec', 'czerwca', 'cze', 'červen', 'června', 'június', 'júna', 'iunie', 'kesäkuu', 'kesäkuuta', 'ιούνιος', 'ιουνίου', 'ιουν', 'юни',
    'јун', 'juny', 'يونيو', 'kesäk'
  ],
  // July
  [
    'july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'temmuz', 'tem', 'июль', 'июля', 'июл', 'липень', 'липня', 'лип',
    'lipiec', 'lipca', 'lip', 'červenec', 'července', 'július', 'júla', 'iulie', 'heinäkuu', 'heinäkuuta', 'ιούλιος', 'ιουλίου', 'ιουλ', 'юли',
    'јул', 'juliol', 'يوليو', 'heinäk'
  ],
  // August
  [
    'august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'ağustos', 'agustos', 'ağu', 'август', 'августа', 'авг', 'серпень', 'серпня',
    'серп', 'sierpień', 'sierpnia', 'sie', 'srpen', 'srpna', 'augusztus', 'augusta', 'elokuu', 'elokuuta', 'αύγουστος', 'αυγούστου', 'αυγ',
    'agost', 'agustus', 'أغسطس', 'اغسطس', 'elok'
  ],
  // September
  [
    'september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'eylül', 'eylul', 'eyl', 'сентябрь', 'сентября', 'сен',
    'сент', 'вересень', 'вересня', 'вер', 'wrzesień', 'września', 'wrz', 'září', 'szeptember', 'septembra', 'septembrie', 'syyskuu',
    'syyskuuta', 'σεπτέμβριος', 'σεπτεμβρίου', 'σεπ', 'септември', 'септембар', 'setembre', 'سبتمبر', 'syysk'
  ],
  // October
  [
    'october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'ekim', 'eki', 'октябрь', 'октября', 'окт',
    'жовтень', 'жовтня', 'жовт', 'październik', 'października', 'paź', 'říjen', 'října', 'október', 'októbra', 'octombrie', 'lokakuu',
    'lokakuuta', 'οκτώβριος', 'οκτωβρίου', 'οκτ', 'октомври', 'октобар', 'octubre', 'أكتوبر', 'اكتوبر', 'lokak'
  ],
  // November
  [
    'november', 'nov', 'novembre', 'noviembre', 'novembro', 'kasım', 'kasim', 'kas', 'ноябрь', 'ноября', 'ноя', 'нояб', 'листопад', 'листопада',
    'лист', 'listopad', 'listopada', 'lis', 'listopadu', 'novembra', 'noiembrie', 'marraskuu', 'marraskuuta', 'νοέμβριος', 'νοεμβρίου', 'νοε',
    'ноември', 'новембар', 'novembre', 'نوفمبر', 'marrask'
  ],
  // December
  [
    'december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'aralık', 'aralik', 'ara',
    'декабрь', 'декабря', 'дек', 'грудень', 'грудня', 'груд', 'grudzień', 'grudnia', 'gru', 'prosinec', 'prosince', 'decembra', 'decembrie',
    'joulukuu', 'joulukuuta', 'δεκέμβριος', 'δεκεμβρίου', 'δεκ', 'декември', 'децембар', 'desembre', 'desember', 'ديسمبر', 'jouluk'
  ]
]

const byName = new Map<string, number>()
months.forEach((names, index) => {
  for (const name of names) byName.set(name.normalize('NFC'), index + 1)
})

/** The month number (1–12) a month name or abbreviation stands for, in any language listed. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().normalize('NFC').replace(/\.$/, '')
  return byName.get(key)
}

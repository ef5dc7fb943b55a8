/** French plural and number helpers shared by the French catalogue's areas. */
const plural = new Intl.PluralRules('fr');
const numbers = new Intl.NumberFormat('fr');

/** French uses the singular for 0 and 1 (and 1.5): "0 note", "1 note", "2 notes". */
export const one = (n: number) => plural.select(n) === 'one';
/** A number as French writes it: 12 345,5 (narrow no-break space, decimal comma). */
export const num = (n: number) => numbers.format(n);

/**
 * Reads the number an article's words state: "2.788 million" → 2,788,000, "over 420,000" →
 * 420,000, "51.1%" → 51.1, "five million" → 5,000,000, "third among provinces" → 3.
 * Used to check that every record's value is what its excerpt says.
 */
const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  fifteen: 15,
};
const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const ORDINAL_WORDS: [RegExp, number][] = [
  [/second-highest/, 2],
  [/\bfirst\b/, 1],
  [/\bsecond\b/, 2],
  [/\bthird\b/, 3],
  [/\b(top|tops|highest|fastest|best-selling)\b/, 1],
];

const num = (s: string) => Number(s.replace(/,/g, ''));

export function figureValue(text: string): number | null {
  const t = text.toLowerCase();
  let m = /(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)\b/.exec(t);
  if (m?.[1] && m[2]) return num(m[1]) * (SCALES[m[2]] ?? NaN);
  m =
    /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|fifteen)\s+(thousand|million|billion|trillion)\b/.exec(
      t,
    );
  if (m?.[1] && m[2]) return (WORD_NUMBERS[m[1]] ?? NaN) * (SCALES[m[2]] ?? NaN);
  m = /\b(\d+)(st|nd|rd|th)\b/.exec(t);
  if (m?.[1]) return Number(m[1]);
  m = /(\d[\d,]*(?:\.\d+)?)/.exec(t);
  if (m?.[1]) return num(m[1]);
  m = /\b(trillion)\b/.exec(t);
  if (m) return 1e12;
  m = /\btop (one|two|three|four|five|ten)\b/.exec(t);
  if (m?.[1]) return WORD_NUMBERS[m[1]] ?? null;
  for (const [re, value] of ORDINAL_WORDS) if (re.test(t)) return value;
  return null;
}

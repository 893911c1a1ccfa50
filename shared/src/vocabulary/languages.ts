/** Languages people in the UK most often speak at home, by ISO 639-1 code. BSL is an access need. */
export const LANGUAGES = [
  { id: 'en', label: 'English' },
  { id: 'cy', label: 'Welsh' },
  { id: 'gd', label: 'Scottish Gaelic' },
  { id: 'ga', label: 'Irish' },
  { id: 'pl', label: 'Polish' },
  { id: 'ro', label: 'Romanian' },
  { id: 'pa', label: 'Punjabi' },
  { id: 'ur', label: 'Urdu' },
  { id: 'bn', label: 'Bengali' },
  { id: 'gu', label: 'Gujarati' },
  { id: 'hi', label: 'Hindi' },
  { id: 'ta', label: 'Tamil' },
  { id: 'ar', label: 'Arabic' },
  { id: 'so', label: 'Somali' },
  { id: 'ti', label: 'Tigrinya' },
  { id: 'fa', label: 'Persian (Farsi)' },
  { id: 'ps', label: 'Pashto' },
  { id: 'ku', label: 'Kurdish' },
  { id: 'tr', label: 'Turkish' },
  { id: 'zh', label: 'Chinese (Mandarin)' },
  { id: 'yue', label: 'Chinese (Cantonese)' },
  { id: 'pt', label: 'Portuguese' },
  { id: 'es', label: 'Spanish' },
  { id: 'fr', label: 'French' },
  { id: 'it', label: 'Italian' },
  { id: 'de', label: 'German' },
  { id: 'lt', label: 'Lithuanian' },
  { id: 'bg', label: 'Bulgarian' },
  { id: 'uk', label: 'Ukrainian' },
  { id: 'ru', label: 'Russian' },
  { id: 'sq', label: 'Albanian' },
  { id: 'el', label: 'Greek' },
] as const;
export type LanguageId = (typeof LANGUAGES)[number]['id'];

export function isLanguageId(value: string): value is LanguageId {
  return LANGUAGES.some((l) => l.id === value);
}

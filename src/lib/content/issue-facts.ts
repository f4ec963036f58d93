/** What every description of an issue starts from: feeds, structured data, listings. */
export interface IssueFacts {
  /** The issue number. */
  number: number;
  /** The headline, without the number. */
  title: string;
  /** The one-or-two-sentence summary. */
  description: string;
  /** The instant of publication. */
  date: Date;
  /** The offset the date was written in, minutes east of UTC: readers see the author's day. */
  dateOffset: number;
  /** The date of the last correction, if any. */
  updated?: Date | undefined;
  /** The offset `updated` was written in; default 0. */
  updatedOffset?: number | undefined;
}

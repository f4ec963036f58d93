// The intermediate post model: every export format is read into these shapes first, so the
// rest of the import (numbering, Markdown, images, files) knows nothing about platforms.
import { decodeText } from './encoding.ts';

/** The kinds of export the import reads. */
export type SourceKind = 'rss' | 'atom' | 'substack' | 'buttondown' | 'ghost' | 'markdown';

/** One post as an export holds it, before it becomes an issue. */
export interface SourcePost {
  /** The export it came from. */
  kind: SourceKind;
  /** Its id on the platform (guid, post id, file name): stable across exports. */
  id: string;
  /** Where it stands in the export, for messages ("item 3", "posts.csv row 4"). */
  position: string;
  /** The headline as the platform has it (it may carry "Issue #12"). */
  title: string;
  /** The second line, when the platform has one. */
  subtitle?: string | undefined;
  /** The publication date as ISO 8601 with its zone, when the export gives one. */
  date?: string | undefined;
  /** The platform's own summary, when it has one. */
  description?: string | undefined;
  /** Tags or categories. */
  tags: string[];
  /** Unpublished on the platform. */
  draft: boolean;
  /** The post's old address (absolute, or a path when the export does not name the site). */
  url?: string | undefined;
  /** The issue number the platform itself keeps (Buttondown's secondary id), if any. */
  number?: number | undefined;
  /** The body: HTML from most platforms, Markdown from static-site generators and Buttondown. */
  body: { html: string } | { markdown: string };
  /** The folder (inside the export) relative image paths are read from. Default: the root. */
  folder?: string | undefined;
}

/** A post the reader could not make sense of; the other posts go on. */
export interface SourceFailure {
  position: string;
  title?: string | undefined;
  message: string;
}

/** What one export holds. */
export interface ParsedSource {
  kind: SourceKind;
  /** The author's time zone (IANA name), when the export records one (Ghost's settings). */
  timeZone?: string | undefined;
  posts: SourcePost[];
  failures: SourceFailure[];
}

/** The files of an export (a folder, a zip or one file), by '/'-separated relative path. */
export interface SourceFiles {
  /** What the author named on the command line, for messages. */
  name: string;
  /** Every file's path. */
  paths: string[];
  /** What the import left out of the export, and why (a symlink out of it, a loop): printed. */
  skipped?: string[];
  /** A file's bytes, or undefined when the export has no such file; throws for one over the size cap. */
  read(path: string): Uint8Array | undefined;
}

/** A file's text in the encoding it declares (byte-order mark dropped), or undefined when it is missing. */
export function readText(files: SourceFiles, path: string): string | undefined {
  const bytes = files.read(path);
  return bytes === undefined ? undefined : decodeText(bytes, path);
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

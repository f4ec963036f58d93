// An export's text as it was written. Old platforms and hand-saved feeds are not always UTF-8:
// a byte-order mark, an XML declaration (`<?xml … encoding="ISO-8859-1"?>`) or an HTML
// `<meta charset>` says what they are, and that is honoured; an encoding the runtime cannot
// decode is refused by name, and undeclared bytes that are not UTF-8 are refused, never
// turned into "Caf� r�sum�".

/** The encoding a file's first bytes declare, if any, and where the declaration came from. */
export function declaredEncoding(bytes: Uint8Array): { label: string; by: string } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { label: 'utf-8', by: 'its byte-order mark' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', by: 'its byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', by: 'its byte-order mark' };
  // "<?" in UTF-16 without a mark, as XML allows.
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] === 0x3f && bytes[3] === 0)
    return { label: 'utf-16le', by: 'its first bytes' };
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] === 0x3f)
    return { label: 'utf-16be', by: 'its first bytes' };
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  if (xml) return { label: xml.trim(), by: 'its XML declaration' };
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
  if (meta) return { label: meta, by: 'its <meta charset>' };
  return undefined;
}

/** A file's text, decoded as it declares (UTF-8 when it declares nothing); throws naming the file and the fix. */
export function decodeText(bytes: Uint8Array, path: string): string {
  const declared = declaredEncoding(bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared?.label ?? 'utf-8', { fatal: true });
  } catch {
    throw new Error(
      `${path} is in ${declared?.label} (says ${declared?.by}), an encoding the import cannot read. Save it as UTF-8 and import again.`,
    );
  }
  try {
    // The mark, if any, is dropped by the decoder.
    return decoder.decode(bytes);
  } catch {
    const as = declared
      ? `${declared.label}, as ${declared.by} says`
      : 'UTF-8, and it declares no other encoding';
    throw new Error(
      `${path} is not valid ${as}. Save it as UTF-8 (or declare the encoding it is in) and import again.`,
    );
  }
}

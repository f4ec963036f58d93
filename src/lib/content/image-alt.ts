// Every image in an issue needs alt text: readers of screen readers, and of the text email
// edition, get nothing from an image without it. The content loader runs this on each body.

/** Images written in Markdown (`![alt](url)`, `![alt][ref]`) whose alt text is empty, outside code. */
export function imagesWithoutAlt(body: string): string[] {
  const prose = body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/!\[\s*\]\(\s*<?([^)\s>]*)>?[^)]*\)|!\[\s*\]\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The build error for images without alt text: the file, each image and the fix. */
export function missingAltMessage(file: string, urls: readonly string[]): string {
  return [
    `${file}: ${urls.length === 1 ? 'an image has' : 'images have'} no alt text:`,
    ...urls.map((url) => `  ![](${url})`),
    'Say what each shows between the brackets, like ![A chart of offers by level](./chart.png).',
  ].join('\n');
}

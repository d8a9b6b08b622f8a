/**
 * Saves a file fetched with a token (which a plain link could not send) under `name`. The object URL
 * lives a minute so the browser has time to start the download.
 */
export function saveFile(blob: Blob, name: string): void {
  const link = Object.assign(document.createElement('a'), {
    href: URL.createObjectURL(blob),
    download: name,
  });
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

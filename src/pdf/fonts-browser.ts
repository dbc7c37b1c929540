import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf?url';
import type { PdfFonts } from './pdf-input.ts';

/**
 * The fonts in the browser: Vite copies the TTF files into the build and gives
 * their same-origin URLs, so fetching them contacts no other host.
 */
export async function loadFontsInBrowser(fetchFile: (url: string) => Promise<Response> = fetch): Promise<PdfFonts> {
  const [regular, bold] = await Promise.all([regularUrl, boldUrl].map(async (url) => {
    const response = await fetchFile(url);
    if (!response.ok) throw new Error(`The PDF font could not be loaded (${response.status} ${url})`);
    return toBase64(new Uint8Array(await response.arrayBuffer()));
  }));
  return { regular: regular as string, bold: bold as string };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 8192) binary += String.fromCharCode(...bytes.subarray(start, start + 8192));
  return btoa(binary);
}

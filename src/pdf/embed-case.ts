import type { jsPDF } from 'jspdf';
import { strToU8, zlibSync } from 'fflate';

/** The name the case file has as an attachment: what a PDF reader shows and saves. */
export const CASE_ATTACHMENT_NAME = 'case-file.json';

/** How an attached JSON file is listed in a PDF reader. Names and descriptions are plain ASCII without brackets. */
export interface JsonAttachment {
  name: string;
  description: string;
}

export const CASE_ATTACHMENT: JsonAttachment = { name: CASE_ATTACHMENT_NAME, description: 'SIT Risk Wizard case file' };
export const REVIEW_ATTACHMENT: JsonAttachment = { name: 'review-record.json', description: 'SIT Risk Wizard review record' };

interface PdfWriter {
  events: { subscribe(event: string, handler: () => void): unknown };
  newObject(): number;
  write(line: string): void;
}

/**
 * Attaches the case file to the PDF as an embedded file (PDF 1.7, 7.11.4), so a
 * supervisor can open the PDF later and re-import the exact case that produced
 * it. jsPDF has no attachment API, so the objects are written through its
 * plugin events, the same way its own metadata plugin adds a catalog entry.
 * The review PDF attaches its review record the same way (extractCaseFromPdf
 * reads back whichever JSON file is attached).
 */
export function attachCaseFile(doc: jsPDF, json: string, modified: Date, attachment: JsonAttachment = CASE_ATTACHMENT): void {
  const { name, description } = attachment;
  const writer = doc.internal as unknown as PdfWriter;
  const raw = strToU8(json);
  const packed = zlibSync(raw, { level: 9, mem: 8 });
  let nameTree = 0;
  writer.events.subscribe('postPutResources', () => {
    const file = writer.newObject();
    writer.write(
      `<< /Type /EmbeddedFile /Subtype /application#2Fjson /Params << /Size ${raw.length} /ModDate (${pdfDate(modified)}) >> ` +
        `/Filter /FlateDecode /Length ${packed.length} >>`,
    );
    writer.write('stream');
    writer.write(binaryString(packed));
    writer.write('endstream');
    writer.write('endobj');
    const spec = writer.newObject();
    writer.write(
      `<< /Type /Filespec /F (${name}) /UF (${name}) /Desc (${description}) ` +
        `/AFRelationship /Source /EF << /F ${file} 0 R /UF ${file} 0 R >> >>`,
    );
    writer.write('endobj');
    nameTree = writer.newObject();
    writer.write(`<< /Names [(${name}) ${spec} 0 R] >>`);
    writer.write('endobj');
  });
  writer.events.subscribe('putCatalog', () => writer.write(`/Names << /EmbeddedFiles ${nameTree} 0 R >>`));
}

/** jsPDF writes its output as a string of bytes, one character per byte. */
function binaryString(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}

function pdfDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

// Every official document of this build as data: scripts/documents.ts prints each page to PDF and writes the DOCX from it.
import { allDocuments } from '../../documents.ts';
import { site } from '../../store.ts';
import { basePath } from '../../routes.ts';

export function GET() {
  const { model, releases } = site();
  return new Response(JSON.stringify({ base: basePath(), documents: allDocuments(model, releases) }));
}

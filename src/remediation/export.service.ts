import { Injectable } from '@nestjs/common';
import { BacklogService } from './backlog.service';
import { ExportFormat, ExportQueryDto } from './backlog.dto';
import { csvHeader, csvRow, ndjsonLine } from './export.format';

/** Lines are sent in chunks of about this size: few writes, little memory. */
const CHUNK_CHARS = 64 * 1024;

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

/** The filtered backlog as CSV or NDJSON text, produced as the client reads it. */
@Injectable()
export class ExportService {
  constructor(private readonly backlog: BacklogService) {}

  /**
   * Reads the first batch before returning, so that a failure there (database down) is still
   * an ordinary error response; after that the rest streams, a keyset batch at a time.
   */
  async open(tenantId: string, query: ExportQueryDto): Promise<AsyncIterable<string>> {
    const items = this.backlog.all(tenantId, query);
    const first = await items.next();
    const line = query.format === 'csv' ? csvRow : ndjsonLine;
    async function* chunks(): AsyncGenerator<string> {
      let chunk = query.format === 'csv' ? csvHeader() : '';
      if (!first.done) chunk += line(first.value);
      for await (const item of items) {
        chunk += line(item);
        if (chunk.length >= CHUNK_CHARS) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
    return chunks();
  }
}

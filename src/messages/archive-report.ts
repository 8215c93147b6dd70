/**
 * What a maintainer acts on besides errors, said once for the build and for
 * `npm run check`: article mentions that are candidates or stay plain, and likely
 * duplicate speakers the alias file does not settle yet.
 */
import type { Archive } from '../link/build-archive.ts';

export interface ArchiveReportSink {
  info: (text: string) => void;
  warn: (text: string) => void;
}

export function reportArchive(archive: Archive, sink: ArchiveReportSink): void {
  for (const article of archive.articles) {
    for (const mention of article.mentions) {
      const talk = `"${mention.title}" (${mention.speaker}), ${article.source.file}:${mention.line}`;
      if (mention.status === 'candidate') sink.warn(`article mention ${talk} is probably untitled session ${mention.session} (${mention.reason}); confirm it with a correction`);
      else if (mention.status === 'unresolved') sink.info(`article mention ${talk} is not in the archive: kept as a plain mention`);
    }
  }
  for (const duplicate of archive.report.duplicates) {
    sink.warn(`possible duplicate speaker: "${duplicate.names[0]}" / "${duplicate.names[1]}" (${duplicate.reason}); settle it in content/speakers/aliases.yaml`);
  }
}

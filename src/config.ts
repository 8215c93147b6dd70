/**
 * Site-wide settings in one place. The repository is where "Edit this page" and
 * "Suggest a correction" links point; the deploy workflow sets REPOSITORY_URL from the
 * GitHub repository, and local builds may set it too.
 */
export const REPOSITORY_URL = (process.env.REPOSITORY_URL ?? 'https://github.com/summit-archive/summit-archive').replace(/\/+$/u, '');
export const REPOSITORY_BRANCH = process.env.REPOSITORY_BRANCH ?? 'main';

/** Open a content file in GitHub's editor (it offers a fork and pull request to non-members). */
export function editUrl(file: string): string {
  return `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** Create a new content file in GitHub's editor, pre-filled. */
export function newFileUrl(folder: string, filename: string, value: string): string {
  const query = new URLSearchParams({ filename, value });
  return `${REPOSITORY_URL}/new/${REPOSITORY_BRANCH}/${folder}?${query.toString()}`;
}

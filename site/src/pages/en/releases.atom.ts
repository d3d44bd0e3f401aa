// Atom feed of releases (English interface).
import { releasesFeed } from '../../feeds.ts';
export const GET = () => releasesFeed('en');

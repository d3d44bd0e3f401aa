// Atom feed of releases (Chinese).
import { releasesFeed } from '../feeds.ts';
export const GET = () => releasesFeed('zh');

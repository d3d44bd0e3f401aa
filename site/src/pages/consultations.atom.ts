// Atom feed of consultations (Chinese).
import { consultationsFeed } from '../feeds.ts';
export const GET = () => consultationsFeed('zh');

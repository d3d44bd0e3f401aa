// Atom feed of consultations (English interface).
import { consultationsFeed } from '../../feeds.ts';
export const GET = () => consultationsFeed('en');

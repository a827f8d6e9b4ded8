// JSON Feed 1.1, and the hromada feed: a JSON Feed with `_hromada` extension
// objects (SPEC §4). Invalid items are skipped with a warning; the rest stay.
import type { Feed, Guide, GuideSection, Hotline, NewsItem, Video, VideoCaptions, VideoProvider } from '../model.js';
import { FeedError } from '../feed-error.js';
import { Problems, describe, isObject, readArray, readIsoDate, readRegion, readText, requireUsable, type JsonObject } from '../fields.js';
import { htmlToText, sanitizeHtml } from '../safe-html.js';
import { withText } from '../news-text.js';
import { MEDIA_PROTOCOLS, safeUrl } from '../safe-url.js';

export function isJsonFeed(data: unknown): data is JsonObject {
  return isObject(data) && typeof data.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1/.test(data.version);
}

export function adaptJsonFeed(data: JsonObject, url: string): Feed {
  const problems = new Problems();
  const extension = isObject(data._hromada) ? data._hromada : undefined;
  if (data._hromada !== undefined && !extension) problems.add('_hromada', 'is not an object');
  if (extension && extension.version !== undefined && extension.version !== 1) problems.add('_hromada.version', `${describe(extension.version)} is not 1; read as version 1`);
  const region = extension ? readRegion(extension.region, '_hromada.region', problems) : undefined;

  // JSON Feed requires `items`; a hromada feed may carry only hotlines or guides, with an empty list.
  if (!Array.isArray(data.items)) throw new FeedError('invalid', `items: ${describe(data.items ?? undefined)} is not a list`, url);
  const items: NewsItem[] = [];
  data.items.forEach((raw, index) => {
    const item = adaptItem(raw, `items[${index}]`, url, region, problems);
    if (item) items.push(item);
  });

  return requireUsable({
    format: extension ? 'hromada' : 'json-feed',
    url,
    title: readText(data.title, 'title', problems),
    homePageUrl: safeUrl(data.home_page_url, url, MEDIA_PROTOCOLS),
    language: readText(data.language, 'language', problems),
    region,
    items,
    nextUrl: safeUrl(data.next_url, url, MEDIA_PROTOCOLS),
    hotlines: extension ? adaptList(extension.hotlines, '_hromada.hotlines', problems, (raw, path) => adaptHotline(raw, path, url, problems)) : [],
    guides: extension ? adaptList(extension.guides, '_hromada.guides', problems, (raw, path) => adaptGuide(raw, path, url, problems)) : [],
    videos: extension ? adaptList(extension.videos, '_hromada.videos', problems, (raw, path) => adaptVideo(raw, path, url, problems)) : [],
    warnings: problems.warnings,
  } satisfies Feed, data.items.length, url);
}

function adaptList<T>(value: unknown, path: string, problems: Problems, adapt: (raw: unknown, path: string) => T | undefined): T[] {
  const out: T[] = [];
  readArray(value, path, problems).forEach((raw, index) => {
    const adapted = adapt(raw, `${path}[${index}]`);
    if (adapted) out.push(adapted);
  });
  return out;
}

function adaptItem(raw: unknown, path: string, base: string, feedRegion: string | undefined, problems: Problems): NewsItem | undefined {
  if (!isObject(raw)) {
    problems.add(path, 'is not an object; skipped');
    return undefined;
  }
  const id = readText(raw.id, `${path}.id`, problems);
  if (!id) {
    problems.add(`${path}.id`, 'is missing; item skipped');
    return undefined;
  }
  const sources = {
    title: readText(raw.title, `${path}.title`, problems),
    summaryHtml: readText(raw.summary, `${path}.summary`, problems),
    summaryText: readText(raw.content_text, `${path}.content_text`, problems),
    contentHtml: readText(raw.content_html, `${path}.content_html`, problems),
  };
  const publishedRaw = raw.date_published;
  const published = readIsoDate(publishedRaw, `${path}.date_published`, problems);
  if (publishedRaw !== undefined && publishedRaw !== null && !published) {
    problems.warnings[problems.warnings.length - 1] += '; item skipped';
    return undefined;
  }
  const extension = isObject(raw._hromada) ? raw._hromada : undefined;
  const rawImage = raw.image ?? raw.banner_image;
  const imageUrl = safeUrl(rawImage, base, MEDIA_PROTOCOLS);
  if (rawImage !== undefined && rawImage !== null && !imageUrl) {
    problems.add(`${path}.image`, `${describe(rawImage)} is not an http(s) URL; image dropped`);
  }
  const firstAuthor = Array.isArray(raw.authors) ? raw.authors[0] : undefined;
  const author = isObject(firstAuthor) ? readText(firstAuthor.name, `${path}.authors[0].name`, problems) : undefined;
  const rawUrl = raw.url ?? raw.external_url;
  const url = safeUrl(rawUrl, base);
  if (typeof rawUrl === 'string' && rawUrl.trim() && !url) problems.add(`${path}.url`, `${describe(rawUrl)} is not an http(s), mailto or tel link; link dropped`);
  const item = withText(
    {
      id,
      url,
      image: imageUrl ? { url: imageUrl, alt: '' } : undefined,
      published,
      updated: readIsoDate(raw.date_modified, `${path}.date_modified`, problems),
      tags: readArray(raw.tags, `${path}.tags`, problems)
        .filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '')
        .map((tag) => tag.trim()),
      region: (extension && readRegion(extension.region, `${path}._hromada.region`, problems)) || feedRegion,
      author,
    },
    sources,
    base,
  );
  if (!item) problems.add(path, 'has neither title nor text; skipped');
  return item;
}

function adaptHotline(raw: unknown, path: string, base: string, problems: Problems): Hotline | undefined {
  if (!isObject(raw)) {
    problems.add(path, 'is not an object; skipped');
    return undefined;
  }
  const id = readText(raw.id, `${path}.id`, problems);
  const phone = readText(raw.phone, `${path}.phone`, problems);
  if (!id || !phone) {
    problems.add(path, `needs an id and a phone; skipped`);
    return undefined;
  }
  return {
    id,
    phone,
    label: readText(raw.label, `${path}.label`, problems) ?? '',
    hours: readText(raw.hours, `${path}.hours`, problems),
    timeZone: readTimeZone(raw.time_zone, `${path}.time_zone`, problems),
    zoomUrl: safeUrl(raw.zoom_url, base, MEDIA_PROTOCOLS),
  };
}

function readTimeZone(value: unknown, path: string, problems: Problems): string | undefined {
  const zone = readText(value, path, problems);
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    problems.add(path, `${describe(zone)} is not an IANA time zone (like "Europe/Kyiv"); ignored`);
    return undefined;
  }
}

function adaptGuide(raw: unknown, path: string, base: string, problems: Problems): Guide | undefined {
  if (!isObject(raw)) {
    problems.add(path, 'is not an object; skipped');
    return undefined;
  }
  const id = readText(raw.id, `${path}.id`, problems);
  if (!id) {
    problems.add(`${path}.id`, 'is missing; guide skipped');
    return undefined;
  }
  const sections = adaptList(raw.sections, `${path}.sections`, problems, (section, sectionPath): GuideSection | undefined => {
    if (!isObject(section)) {
      problems.add(sectionPath, 'is not an object; skipped');
      return undefined;
    }
    const sectionId = readText(section.id, `${sectionPath}.id`, problems);
    const title = htmlToText(readText(section.title, `${sectionPath}.title`, problems));
    if (!sectionId || !title) {
      problems.add(sectionPath, 'needs an id and a title; skipped');
      return undefined;
    }
    return { id: sectionId, title, content: sanitizeHtml(readText(section.content_html, `${sectionPath}.content_html`, problems), base) };
  });
  return { id, title: htmlToText(readText(raw.title, `${path}.title`, problems)), sections };
}

const PROVIDERS: readonly VideoProvider[] = ['youtube', 'vimeo', 'file'];

function adaptVideo(raw: unknown, path: string, base: string, problems: Problems): Video | undefined {
  if (!isObject(raw)) {
    problems.add(path, 'is not an object; skipped');
    return undefined;
  }
  const id = readText(raw.id, `${path}.id`, problems);
  const providerText = readText(raw.provider, `${path}.provider`, problems) ?? 'youtube';
  const provider = PROVIDERS.find((candidate) => candidate === providerText.toLowerCase());
  if (!id || !provider) {
    problems.add(path, !id ? 'needs an id; skipped' : `provider ${JSON.stringify(providerText)} is not youtube, vimeo or file; skipped`);
    return undefined;
  }
  const captions: VideoCaptions[] = [];
  readArray(raw.captions, `${path}.captions`, problems).forEach((track, index) => {
    if (!isObject(track)) return;
    const src = safeUrl(track.src, base, MEDIA_PROTOCOLS);
    if (!src) {
      problems.add(`${path}.captions[${index}].src`, 'is not an http(s) URL; skipped');
      return;
    }
    const srclang = readText(track.srclang ?? track.lang, `${path}.captions[${index}].srclang`, problems) ?? 'uk';
    captions.push({ src, srclang, label: readText(track.label, `${path}.captions[${index}].label`, problems) ?? srclang });
  });
  const videoId = readText(raw.video_id, `${path}.video_id`, problems);
  const src = safeUrl(raw.src ?? raw.video_src, base, MEDIA_PROTOCOLS);
  if (provider === 'file' ? !src : !videoId) {
    problems.add(path, provider === 'file' ? 'provider "file" needs an http(s) src; skipped' : `provider "${provider}" needs a video_id; skipped`);
    return undefined;
  }
  return {
    id,
    provider,
    videoId,
    src,
    title: htmlToText(readText(raw.title, `${path}.title`, problems)),
    // Blank lines are the author's paragraphs: kept, each paragraph flattened to text.
    description: (readText(raw.description, `${path}.description`, problems) ?? '').split(/\n\s*\n/).map(htmlToText).filter(Boolean).join('\n\n') || undefined,
    duration: readText(raw.duration, `${path}.duration`, problems),
    poster: safeUrl(raw.poster, base, MEDIA_PROTOCOLS),
    captions,
  };
}

// The only place where a video host's URLs are built, as data: each from an id
// that has passed its provider's pattern, never from markup or a feed's URL.

/** Per provider: the id's pattern, the host's name, the player's URL, its query, the watch page. */
export const HOSTS: Record<string, [id: RegExp, name: string, player: string, query: string, watch: string]> = {
  youtube: [/^[\w-]{11}$/, 'YouTube', 'https://www.youtube-nocookie.com/embed/', '&hl=uk&cc_lang_pref=uk&cc_load_policy=1', 'https://www.youtube.com/watch?v='],
  vimeo: [/^\d{1,12}$/, 'Vimeo', 'https://player.vimeo.com/video/', '&dnt=1', 'https://vimeo.com/'],
};

/** The player's URL; YouTube's query (Ukrainian interface and captions) only on a Ukrainian page. */
export function embedUrl(provider: string, id: string, ukrainian: boolean): string {
  const [, , player, query] = HOSTS[provider];
  return `${player}${id}?autoplay=1${ukrainian || provider != 'youtube' ? query : ''}`;
}

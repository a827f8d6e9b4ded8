// The only place where a video host's URLs are built, as data: each from an id
// that has passed its provider's pattern, never from markup or a feed's URL.

/**
 * Per provider: the id's pattern, the host's name, the player's URL (its origin is
 * also where the play command goes), its query, the watch page, the play command.
 */
export const HOSTS: Record<string, [id: RegExp, name: string, player: string, query: string, watch: string, play: string]> = {
  youtube: [
    /^[\w-]{11}$/,
    'YouTube',
    'https://www.youtube-nocookie.com/embed/',
    '&playsinline=1&enablejsapi=1',
    'https://www.youtube.com/watch?v=',
    '{"event":"command","func":"playVideo","args":[]}',
  ],
  vimeo: [/^\d{1,12}$/, 'Vimeo', 'https://player.vimeo.com/video/', '&dnt=1', 'https://vimeo.com/', '{"method":"play"}'],
};

/** The player's URL; on a Ukrainian page YouTube's interface and captions in Ukrainian. */
export const embedUrl = (provider: string, id: string, ukrainian: boolean): string =>
  HOSTS[provider][2] + id + '?autoplay=1' + HOSTS[provider][3] + (ukrainian && provider == 'youtube' ? '&hl=uk&cc_lang_pref=uk&cc_load_policy=1' : '');

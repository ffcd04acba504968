"""One frozen settings object for a digest run; the CLI and the API map their input to it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marsad.errors import SettingsError

# The fields of an input record (JSON Lines, CSV and Parquet columns).
RECORD_FIELDS = ("id", "title", "text", "url", "source", "published", "lang")
# Width of the store's language columns (store/schema.py): a longer code cannot be stored.
STORE_LANG_CHARS = 16


def parse_columns(text: str) -> tuple[tuple[str, str], ...]:
    """``"title=headline,text=body"`` (``--map``) as ``(("title", "headline"), ...)``."""
    pairs = []
    for item in text.split(","):
        if not item.strip():
            continue
        name, equals, column = item.partition("=")
        if not equals or not name.strip() or not column.strip():
            raise SettingsError(f"column map {item!r}: expected FIELD=COLUMN, e.g. text=body")
        pairs.append((name.strip(), column.strip()))
    return tuple(pairs)


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Knobs of the pipeline, with the defaults a user gets."""

    summary_words: int = 120
    # Chosen by measurement (docs/evaluation.md): the only summarizer above Lead on EASC's
    # held-out ROUGE-2, with the outlet-agreement factor for multi-outlet stories.
    summarizer: str = "supervised"
    # Optional second budget: at most this many summary sentences (None: words only).
    summary_sentences: int | None = None
    # On the examples' cross-outlet sentence pairs, the same statement reworded scores 0.55-0.91
    # and different statements sharing the story's stock phrases 0.35-0.44 (attribution.py).
    attribution_threshold: float = 0.5
    # Average-link similarity for two groups of articles to be one story, and for stories to
    # be one storyline (the blind gold's February days, with story_evidence; see cluster.py).
    story_threshold: float = 0.20
    storyline_threshold: float = 0.12
    # The store's clusterer (stream.py) sees IDF from the past only and joins one article at a
    # time. On the February days of the blind two-level gold (`marsad eval stories`), story
    # B-cubed F1 0.848 at 0.12, 0.927 at 0.18, 0.951 at 0.26, 0.948 at 0.30 (precision 0.746,
    # 0.890, 0.962, 0.985). An article below the story bar but within 0.21 of a story starts a
    # story in its storyline (storyline F1 0.892 at 0.15, 0.918 at 0.21, 0.905 at 0.23).
    # With story_evidence (below) the bar is 0.22, and 0.15 for the storyline (February);
    # 0.21 since round 8: all of February, store vs digest B-cubed F1 0.968 -> 0.971 (the store
    # parted a story's later developments the digest's average link keeps), February gold
    # store story F1 0.973 -> 0.970 (docs/evaluation.md).
    stream_story_threshold: float = 0.21
    stream_storyline_threshold: float = 0.15
    # Headline and lead evidence beside the whole text (evidence.py, a pair model fit on the
    # February gold, headline and lead IDF counting ANT before March 2018 as background), in
    # the digest and the store alike (docs/evaluation.md): March story precision 0.921 -> 0.964,
    # F1 0.924 -> 0.944, false stories 9/90 -> 0/83. Off: the text alone (set the four
    # thresholds above back to 0.22, 0.15, 0.26, 0.21, as measured for it).
    story_evidence: bool = True
    # How much the similarity of two articles of one outlet counts (see cluster.py).
    same_outlet_weight: float = 0.7
    # Articles further apart than this in publication time are not compared (undated: all are).
    story_window_days: float = 3.0
    # Stories, not storylines: a pair published more than story_later_after_days apart counts
    # linearly less, down to story_later_weight at the window's end, and one outlet's two
    # articles more than a day apart count same_outlet_later_weight more (next day's report,
    # a daily market report). A blind check of 100 stories of a digest of all of February
    # 2018: 11 of 21 wrongly joined split, 4 of 79 right ones too (docs/evaluation.md).
    story_later_weight: float = 0.85
    story_later_after_days: float = 1.5
    same_outlet_later_weight: float = 0.85
    # Stories: one outlet's two market reports (both headlines name a market's price, gold,
    # oil, the dollar ...) more than recurring_report_after_days apart are two sessions and
    # count recurring_report_weight more (needs story_evidence). A digest of all of February
    # 2018: 6 of the 12 stories that joined one outlet's market reports of several sessions
    # part, no right group of the blind check splits (docs/evaluation.md).
    recurring_report_weight: float = 0.5
    recurring_report_after_days: float = 0.55
    # ... and from recurring_report_moved_after_days when the two headlines state different
    # moves (up, down, flat: evidence.market_move): gold up, then gold down is two sessions.
    recurring_report_moved_after_days: float = 0.25
    # ... and two market reports of any two outlets more than market_sessions_after_days apart
    # (another day's session; digest and store; inf turns it off). February 2018: Asia's falls of
    # the 6th and of the 7th part, and the 6th's two reports meet (docs/evaluation.md, round 31).
    market_sessions_after_days: float = 0.75
    # Stories: two articles whose headlines both name a place (country, city) and whose
    # headlines and leads name no place, person or organisation in common (one theme in two
    # countries: Boko Haram in Nigeria, in Cameroon) count other_places_weight more (needs
    # story_evidence; digest and store; 1 turns it off). February 2018: 2 glued month stories
    # part, no right group of the blind check splits, gold unchanged (docs/evaluation.md).
    # So do two localities (localities.py) and two cities on two weekdays stated by the first
    # sentences (localities.other_days_rows: Jazan on Thursday, Najran on Saturday).
    other_places_weight: float = 0.5
    # Stories: two articles more than one_subject_later_after_days apart whose headlines share
    # at most one term (their subject's name: Mourinho on United, then Smalling on United)
    # count one_subject_later_weight more (needs story_evidence; digest and store; 1 turns it
    # off). February 2018: 2 glued month stories part, no right group of the blind check
    # splits; from 2.25 days a right one does (a match preview, its report) (docs/evaluation.md).
    one_subject_later_weight: float = 0.5
    one_subject_later_after_days: float = 2.5
    # Stories: two match reports (a score in the headline or lead) neither of which names a
    # side of the other (evidence.match_sides: the name after على, أمام, بين ...) are two
    # matches and count other_sides_weight more (needs story_evidence; digest and store; 1
    # turns it off). February 2018: 1 glued month story parts (a Europa League night), the
    # blind check and the gold unchanged (docs/evaluation.md, round 11).
    other_sides_weight: float = 0.5
    # And two match reports whose headlines name sides, neither headline naming a side of the
    # other's (a roundup's lead names the night's other matches; its headline only its own),
    # count other_sides_weight when this is on (digest and store; issue 17, round 13).
    headline_sides: bool = True
    # And two match reports more than this many days apart that name one side, state no score
    # in common, and one of whose headlines states a result (evidence.rivals_rows: one player's
    # two rounds) count other_sides_weight too; beyond story_window_days it is off. February
    # 2018: Federer's semi-final parts from his ranking story, check and gold unchanged.
    rival_matches_after_days: float = 0.5
    # Stories: two articles more than other_kinds_after_days apart whose headlines each report
    # a kind of action (headline_kinds.toml: arrested, resigned, visited ...), none in common,
    # count other_kinds_weight more: one actor's next step (needs story_evidence; digest and store;
    # 1 turns it off). February 2018: 3 stories part (assets frozen / detention renewed; arrests
    # / the lawyer resigns; two days' Ghouta tolls), the February gold unchanged; at 0.5 only
    # the first parts (docs/evaluation.md, round 31).
    other_kinds_weight: float = 0.25
    other_kinds_after_days: float = 0.5
    # Exact Jaccard of 5-word shingles above which two articles are near-duplicates.
    duplicate_threshold: float = 0.8
    # A sentence this similar to one already in the summary says the same thing.
    redundancy_threshold: float = 0.5
    # Recognise one fact worded differently by two outlets (summarize/pairs.py): the summary
    # states it once and credits both (blind pyramid gold, docs/evaluation.md).
    paraphrases: bool = True
    # Sentences of one story that its summary, attribution and coverage consider (the earliest
    # of each article, summarize/bounds.py): pairwise scores take cap² memory (2,000: 32 MB a
    # matrix). The largest ANT story of February-March 2018 has 804 (docs/reliability.md).
    max_story_sentences: int = 2000
    # Members of one story whose summary and facts are computed (a bigger story is read
    # through this many: each outlet's earliest first; it still lists every article). The
    # largest story of ANT February-March 2018 has 36 (99.9th percentile 16).
    max_story_articles: int = 500
    # Whole-file formats (a JSON array) are parsed in memory up to this size.
    max_file_bytes: int = 64 * 1024 * 1024
    # One article (a text or HTML file, or one JSONL line) larger than this is rejected.
    max_article_bytes: int = 5 * 1024 * 1024
    # The store compares new articles with this many of the most recently stored ones of each
    # of their outlets, to find teasers (clean.py); a batch digest compares its whole input.
    cleaning_context: int = 500
    # A JSONL file (or a JSON list) past this many lines or records is read up to here, then
    # refused: 1 GB of blank lines (4.6 MB gzipped) otherwise takes minutes to skip.
    max_lines_per_file: int = 1_000_000
    # A title longer than this is cut (a headline is rarely above 200 characters).
    max_title_chars: int = 500
    # A source, URL or language longer than this is cut or dropped; an id longer than
    # ``max_id_chars`` is hashed into the id (ids are keys in the store and in URLs).
    max_field_chars: int = 2000
    max_id_chars: int = 200
    # A language code (BCP 47: "ar", "en-GB") longer than this is dropped; the store's column is
    # this wide, so it can be lowered, not raised.
    max_lang_chars: int = STORE_LANG_CHARS
    # A symbolic link inside an input folder is read only when it stays inside the folder,
    # unless this is set (``--follow-symlinks``).
    follow_symlinks: bool = False
    # One feed fetch (http or https only, also after a redirect): at most this many bytes; the
    # connect and each read wait at most ``fetch_timeout`` seconds, and the whole fetch (name
    # lookup, TCP connect, TLS handshake, headers, body) ends at ``fetch_deadline``.
    max_feed_bytes: int = 20 * 1024 * 1024
    fetch_timeout: float = 30.0
    fetch_deadline: float = 60.0
    # Sources a watcher fetches at the same time.
    watch_concurrency: int = 8
    # `watch --fetch-full-text`: a feed entry shorter than ``teaser_chars`` with a link is
    # completed from its page (ingest/fulltext.py): at most ``max_page_bytes`` per page, one
    # request per host every ``host_delay`` seconds, within the fetch timeout and deadline.
    fetch_full_text: bool = False
    teaser_chars: int = 600
    max_page_bytes: int = 5 * 1024 * 1024
    host_delay: float = 1.0
    # New SQLite files (and their -wal/-shm companions) are readable by their owner only.
    store_file_mode: int = 0o600
    # PostgreSQL reads check a pooled connection with a round trip only when it has been idle
    # this long (a server restarted meanwhile); a busy server's reads skip that round trip.
    store_ping_idle_seconds: float = 10.0
    # The REST API and `marsad stories` refuse an offset past this (a 4xx, not an overflow).
    max_offset: int = 1_000_000
    # Query limits of the REST API and the web page (422 past them): a search or outlet name
    # (`q`, `outlet`), a storyline id (ids are 16-character hashes), stories per answer
    # (`limit`, also `marsad stories --limit`), and the list page's page number.
    max_query_chars: int = 500
    max_storyline_chars: int = 64
    max_page_size: int = 500
    max_page: int = 10_000
    # A manifest (sources.json / sources.csv) larger than this is refused unread.
    max_manifest_bytes: int = 16 * 1024 * 1024
    # A ``since`` value longer than this is refused unread (an ISO time with microseconds and an
    # offset is 32 characters; the rest leaves room for spaces around it).
    max_since_chars: int = 100
    # A ``cursor`` (GET /stories) longer than this is refused unread: one marsad made holds a
    # time and a story id (at most 64 characters), about 120 characters in base64.
    max_cursor_chars: int = 256
    # One POST /articles carries at most this many articles (422); more go in further requests.
    # 500 of 16 KB into one story peak at 546 MB (docs/reliability.md).
    max_batch_articles: int = 500
    # A request body larger than this is refused before it is read (413): 500 articles of
    # 16 KB with their JSON fit, and the server never holds more than this of one request.
    max_body_bytes: int = 16 * 1024 * 1024
    # Articles per transaction: a bulk `marsad ingest` writes this many at once (its changed
    # stories are rebuilt once, at the end); `watch`, POST /articles and the library's
    # `newsroom.ingest` write smaller batches, so a live story changes soon after its news.
    ingest_batch_size: int = 1000
    live_batch_size: int = 100
    # The niceness the write worker (`marsad work`) adds to itself and its rebuild pool. 0 by
    # default: niced, it did not lower the read p99 under 50 clients and its live batch took 2x
    # as long among other work (docs/benchmarks.md, round 20); raise it to put readers first.
    worker_nice: int = 0
    # Each serving process makes the JSON and page of this many newest stories (and the lists'
    # first pages) into its response cache at start, before /readyz says ready: a fresh
    # server's first reads of them were a third of its misses under writes (docs/benchmarks.md,
    # writes8). 0: the lists only.
    warm_stories: int = 200
    # A list or search (`/stories`, `/`, `/storylines/{id}`) a write changed may be served from
    # the response cache while it is made again in the background, if it matched the store at
    # most this many seconds ago: each write batch changes what most searches match, and made
    # on the reader's request they were the read tail under writes (docs/benchmarks.md, round
    # 26). 0: never stale, every list made after the write that changed it.
    list_stale_seconds: float = 30.0
    # With a write queue on PostgreSQL, a cached read is answered with the store's generation
    # read at most this many seconds before it (read again in the background), not with a
    # round trip of its own: that round trip was a cached read's whole time there, p50 41 ms
    # and p99 810 ms in the server at load 12 (docs/benchmarks.md, round 31). A queued POST is
    # answered before the worker writes, so no client waits on this bound. 0: a read each time.
    generation_lag_seconds: float = 0.25
    # Seconds between two polls of one source by `marsad watch`.
    poll_interval: float = 60.0
    # Stories per page of `marsad stories` and of the web page's list.
    page_size: int = 20
    manifest: Path | None = None
    default_language: str = "ar"
    # Input columns (CSV, Parquet) or record keys (JSON) that hold an article's fields:
    # (("title", "headline"), ("text", "body")) reads the title from "headline" (``--map``).
    columns: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        for name in (
            "summary_words",
            "max_story_sentences",
            "max_story_articles",
            "max_file_bytes",
            "max_article_bytes",
            "cleaning_context",
        ):
            if getattr(self, name) < 1:
                raise SettingsError(f"{name} must be at least 1")
        if self.summary_sentences is not None and self.summary_sentences < 1:
            raise SettingsError("summary_sentences must be at least 1")
        self._check_limits()
        for name, _ in self.columns:
            if name not in RECORD_FIELDS:
                fields = ", ".join(RECORD_FIELDS)
                raise SettingsError(f"cannot map a column onto {name!r}; fields: {fields}")
        if self.story_window_days <= 0:
            raise SettingsError("story_window_days must be positive")
        if self.story_later_after_days < 0:
            raise SettingsError("story_later_after_days cannot be negative")
        if self.recurring_report_after_days < 0:
            raise SettingsError("recurring_report_after_days cannot be negative")
        if self.recurring_report_moved_after_days < 0:
            raise SettingsError("recurring_report_moved_after_days cannot be negative")
        if self.one_subject_later_after_days < 0:
            raise SettingsError("one_subject_later_after_days cannot be negative")
        if self.rival_matches_after_days < 0:
            raise SettingsError("rival_matches_after_days cannot be negative")
        if self.market_sessions_after_days < 0:
            raise SettingsError("market_sessions_after_days cannot be negative")
        if self.other_kinds_after_days < 0:
            raise SettingsError("other_kinds_after_days cannot be negative")
        if self.storyline_threshold > self.story_threshold:
            raise SettingsError("storyline_threshold cannot be above story_threshold")
        if self.stream_storyline_threshold > self.stream_story_threshold:
            raise SettingsError("stream_storyline_threshold cannot be above stream_story_threshold")
        for name in (
            "attribution_threshold",
            "story_threshold",
            "storyline_threshold",
            "stream_story_threshold",
            "stream_storyline_threshold",
            "same_outlet_weight",
            "story_later_weight",
            "same_outlet_later_weight",
            "recurring_report_weight",
            "other_places_weight",
            "one_subject_later_weight",
            "other_sides_weight",
            "other_kinds_weight",
            "redundancy_threshold",
            "duplicate_threshold",
        ):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise SettingsError(f"{name} must be between 0 and 1, got {value}")

    def _check_limits(self) -> None:
        for name in (
            "max_lines_per_file",
            "max_title_chars",
            "max_field_chars",
            "max_id_chars",
            "max_feed_bytes",
            "watch_concurrency",
            "teaser_chars",
            "max_page_bytes",
            "max_offset",
            "max_query_chars",
            "max_storyline_chars",
            "max_page_size",
            "max_page",
            "max_manifest_bytes",
            "max_since_chars",
            "max_cursor_chars",
            "max_batch_articles",
            "max_body_bytes",
            "ingest_batch_size",
            "live_batch_size",
            "page_size",
        ):
            if getattr(self, name) < 1:
                raise SettingsError(f"{name} must be at least 1")
        if not 1 <= self.max_lang_chars <= STORE_LANG_CHARS:
            raise SettingsError(
                f"max_lang_chars must be between 1 and {STORE_LANG_CHARS} (the store's column)"
            )
        if self.fetch_timeout <= 0 or self.fetch_deadline <= 0:
            raise SettingsError("fetch_timeout and fetch_deadline must be positive")
        if self.poll_interval < 1:
            raise SettingsError("poll_interval must be at least 1 second")
        if self.host_delay < 0:
            raise SettingsError("host_delay cannot be negative")
        if not 0 <= self.worker_nice <= 19:
            raise SettingsError("worker_nice must be between 0 and 19 (what os.nice can add)")
        if self.warm_stories < 0:
            raise SettingsError("warm_stories cannot be negative")
        if self.list_stale_seconds < 0:
            raise SettingsError("list_stale_seconds cannot be negative")
        if self.generation_lag_seconds < 0:
            raise SettingsError("generation_lag_seconds cannot be negative")
        if self.store_ping_idle_seconds < 0:
            raise SettingsError("store_ping_idle_seconds cannot be negative")
        if not 0 <= self.store_file_mode <= 0o777:
            raise SettingsError("store_file_mode must be a permission mode such as 0o600")

"""Line rules of the cleaner: the vocabularies and patterns that name site furniture, and the tests on one line.

Split out of :mod:`helpers.corpus.clean` (which applies them to a whole article): every pattern here is a general
feature of news pages (section labels, datelines, bylines, promos, captions, navigation and sharing widgets,
comment forms, subscription prompts, credits, boilerplate, end-of-article markers), none keyed to a site.
Each rule function takes one line object with ``text``, ``folded`` (quotes and dashes folded) and
``n_words`` and returns ``(rule, reason)`` when the line is furniture, else ``None``.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..core.study import read_yaml_mapping
from ..text.normalize import fold
from .clean_video import PLAYER_REASON, PLAYER_RULE, is_player_strip

__all__ = ["SECTION_WORDS", "DATE_LINE", "RELATIVE_TIME", "READING_TIME", "PUBLISHED_STUB", "POSTED_IN", "BYLINE", "CREDITED_BYLINE",
           "is_credited_byline", "is_bare_credit", "PHOTO_CREDIT_NAMES", "BARE_CREDIT_REASON",
           "COURTESY_TAIL", "BRACKET_PROMO", "credit_in_parentheses",
           "STANDFIRST_CREDIT", "HIGHLIGHTS_BOX", "PROMO_PREFIX", "PROMO_CAPS", "POSITION_CAPTION",
           "POSITION_CAPTION_MAX_WORDS", "CAPTION", "NAVIGATION", "COMMENT_FORM", "SUBSCRIBE", "CREDIT",
           "SOCIAL", "BOILERPLATE", "CONTRIBUTED", "AUTHOR_BIO", "AUTHOR_BIO_MAX_WORDS", "TRAILER_MARKER", "COMMENTS_HEADING", "opens_comment_thread",
           "MARKUP", "has_prose_between_tags", "BARE_LINK", "AUTHOR_LINKS", "TAG_LIST", "TAG_LIST_MIN_ITEMS", "COMMENT_POLICY", "TAGLINE", "CREDIT_TAIL", "PAYWALL", "STAMP_MAX_WORDS", "BREADCRUMB", "is_date_stamp",
           "furniture_anywhere", "header_furniture", "is_widget_run", "AGE_NOTICE", "WIDGET_RUN_MAX_WORDS", "WIDGET_CAPTION", "WIDGET_CAPTION_MAX_WORDS", "is_title_like", "title_case_share", "tokens", "is_prose", "PROSE_END", "PREV_NEXT", "is_marker"]

# --- vocabularies of the rules (general, lower-case, after folding) ---------

SECTION_WORDS = frozenset(
    w.strip()
    for w in (
        "latest", "news", "world", "asia", "europe", "africa", "americas", "politics",
        "business", "opinion", "analysis", "top news", "breaking", "breaking news", "home",
        "sports", "sport", "technology", "tech", "science", "health", "entertainment",
        "culture", "lifestyle", "editorial", "editorials", "national", "international",
        "local", "region", "regional", "middle east", "south asia", "featured", "exclusive",
        "video", "videos", "photos", "live", "updates", "trending", "columns", "column",
        "blogs", "blog", "top stories", "world news", "us news", "uk news",
    )
)

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated)\s*(?:on|:)?\s*)?{_WEEKDAY}(?:"
    rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
    rf")(?:\s*[,|-]?\s*\d{{1,2}}:\d{{2}}\s*(?:am|pm)?(?:\s*[a-z]{{2,4}})?)?\s*$",
    re.I,
)
RELATIVE_TIME = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago$",
    re.I,
)
READING_TIME = re.compile(r"^\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minute|minutes)(?:\s+read|\s+to\s+read)?$", re.I)
PUBLISHED_STUB = re.compile(r"^(?:published|updated|posted|on|published on|posted on|last updated|by)\s*:?$", re.I)
POSTED_IN = re.compile(r"^(?:posted|filed|published)\s*in\s*[A-Z][^.!?]*$", re.I)
"""'Posted in <section>' (also glued: 'Posted inLatest News') above the article."""
BYLINE = re.compile(r"^[Bb][Yy]:?\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,4}(?:\s*(?:,|\||and)\s*.*)?$")
CREDITED_BYLINE = re.compile(
    r"^(?i:(?:written|reported|reviewed|medically\s+reviewed|fact[- ]?checked|verified|edited|words|text)\s+)?"
    r"(?i:by):?\s+(?!(?:The|A|An|This|That|These|Those|Now|Then|Far|Way|Day|Night|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun|January|February|March|April|May|"
    r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)[A-Z]"
)
"""A byline of names, also with a role word before "by" ("Written by Jane Roe, PhD on April 29, 2018", "Fact
checked by John Roe", "By Jane Roe And John Doe For The Daily Post", "By Jane Roe for Example News") (issue 11o):
every word after "by" that is not a date, a credential or a small joining word is capitalised, so "By Monday, the
council had voted" and "By The Numbers" are not bylines."""
_BYLINE_JOINERS = frozenset(("and", "for", "of", "the", "in", "on", "at", "with", "de", "van", "von", "da", "del",
                             "la", "le", "al", "bin", "staff", "&"))
_BYLINE_MAX_WORDS = 14
STANDFIRST_CREDIT = re.compile(r"(?:\.{1,4}|\u2026)\s*reports?\s+[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,5}\s*$")
HIGHLIGHTS_BOX = re.compile(r"^(?:story\s+highlights\b|(?:key\s+points|key\s+takeaways|highlights)\s*:)\s*\S", re.I)
"""The first line of a summary box above the body, its label and first item on one line ("Story highlights Missouri
Gov. Jay Nixon notes ...", "Key points: ..."): a standfirst, not the story's first sentence (review s80-D: CNN's
label "highlights" was among its most distinctive words, from 41 such lines of 119 articles). Only the labelled line
leaves the body; the box's other items are sentences of the story's summary and stay."""

PROMO_PREFIX = re.compile(
    r"^[(\[]?\s*(?:also\s+on\s+[\w.]+|read\s+more|also\s+read|read\s+also|must\s+read|read|related|see\s+also|recommended|"
    r"suggested|watch|watch\s+video|listen|more\s+on\s+this|don'?t\s+miss|trending|"
    r"click\s+here(?:\s+to\s+read)?)\s*[:>|-]\s*\S",
    re.I,
)
POSITION_CAPTION = re.compile(r"\((?:(?:second|third|fourth|far|extreme)\s+)?(?:left|right|centre|center|"
                              r"(?:pictured\s+)?(?:left\s+to\s+right|from\s+left|from\s+right))\)", re.I)
"""A photo caption's place marker: "Jane Roe (left) meets ...", "(second right)", "(from left)" (issue 11m). Not "(R)"
nor "(L)": in American prose they name a senator's party. A line with a quotation mark is prose (a quote), and an
embedded tweet about a picture ("... (left) vs. ... (right) pic.twitter.com/...") is the story's."""
POSITION_CAPTION_MAX_WORDS = 100
_QUOTES = ('"', "\u201c", "\u201d")
PROMO_CAPS = re.compile(r"^MORE\s*:\s*\S")
"""A promo in capitals ("MORE: Council buys the old station"; issue 11m): "More: ..." in sentence case may be prose."""
CAPTION = re.compile(
    r"(?:\bphoto(?:graph)?\s*(?:credit|source)?\s*[:|]|^photographers?\s*:|\|\s*photo\b|\bimage\s*(?:credit|source)?\s*:|"
    r"(?<!\bbig\s)(?<!\bbigger\s)(?<!\bwhole\s)\bpicture\s*:|\bcredit\s*:|\bfile\s+photo\b|\bgetty\s+images\b|\bphoto\s*/\s*[a-z]|"
    r"\b(?:afp|reuters|ap|epa|anadolu)\s+photo\b|\bscreengrab\b|\bphoto\s+courtesy\b|"
    r"\(photo:|\bcourtesy\s*:|\b(?:photo|(?:featured\s+|header\s+|lead\s+)?image)\s+by\b|^image\s+(?:source|caption)\s*,|"
    r"^(?:media|image|hide|toggle)\s+caption(?:\b|(?-i:(?=[A-Z])))|^image\s+copyright\b|"
    r"^enlarge\s+this\s+image\b|\btoggle\s+caption\b)",
    re.I,
)
NAVIGATION = re.compile(
    r"^(?:exit\s+mobile\s+version|back\s+to\s+top(?:\s+button)?|go\s*to\s*top|scroll\s+to\s+top|"
    r"skip\s+to\s+(?:main\s+)?content|advertisement|sponsored(?:\s+content)?|ad|"
    r"share(?:\s+this(?:\s+(?:article|story|post))?)?\s*:?|share\s+on(?:\s+\w+)?|tweet|print|e-?mail|whatsapp|"
    r"facebook|twitter|linkedin|telegram|pinterest|reddit|copy\s+(?:this\s+)?link|social\s+share|"
    r"(?:facebook|twitter|linkedin|pinterest|reddit|whatsapp|telegram|e-?mail)\s+share\s+on\s+\w+|"
    r"reply|(?:published|posted|written|verified|fact[- ]checked|reviewed|edited)\s+by|full\s+bio|"
    r"follow\s+us(?:\s+on\s+.+)?|click\s+to\s+share.*|toggle\s+navigation|menu|search|"
    r"listen\s+to\s+(?:this|the)\s+(?:article|story).*|listen\s*[-|.:]\s*\d+:\d+.*|"
    r"(?:advertisement\s*[-:]\s*)?(?:scroll|continue)\s+(?:down\s+)?to\s+continue.*|"
    r"story\s+continues\s+below.*|continue\s+reading\s+below.*|like\s+this:|like\s+loading\.*|loading\.*|"
    r"media\s+playback\s+is\s+unsupported\s+on\s+your\s+device.*|newsletter\s+sign[- ]?up|"
    r"(?:\d+\s+)?comments?|no\s+comments|view\s+comments|show\s+comments|close|"
    r"sign\s+up\s+for\s+(?:our|the)\s+\w+(?:\s+\w+){0,3}|"
    r"subscribe(?:\s+now)?|subscribe\s+to\s+(?:our|the)\s+\w+(?:\s+\w+){0,3}|"
    r"photos?|videos?|graphic|read\s+more|more|watch|more\s+on\s+this\W*|story\s+continued\s+below|youtube|"
    r"follow\s+@\w+|visit\s+.{1,40}\s+homepage\s+for\s+more\s+stories|"
    r"these\s+are\s+external\s+links.*|report\s+(?:a\s+)?(?:correction|typo|an?\s+error).*|\[[\w -]{1,30}\]|[_=*~\-\u2022.]{3,}|"
    r"search\s+for|post\s+navigation|click\s+to\s+enlarge|[\d,.]+k?\s+views?|view\s+all\s+results?|no\s+results?|"
    r"\d(?:[.,]\d+)?\s*/\s*\d+\s*\(\s*[\d,]+\s+(?:votes?|ratings?)\s*\))[.!:]?$",
    re.I,
)
COMMENT_FORM = re.compile(
    r"^(?:leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|post\s+a\s+comment|(?:write|add)\s+a\s+comment|view\s+\d*\s*comments|cancel\s+reply|post\s+comment|"
    r"your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\s+are\s+marked.*|"
    r"save\s+my\s+name,?\s+email.*|comment\s*\*?|name\s*\*|email\s*\*|website|"
    r"you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment.*|comments\s+are\s+closed\.?|"
    r"please\s+enter\s+your\s+(?:comment|name|e-?mail)\b.*|(?:name|e-?mail|website|comment)\s*:\s*\*?|"
    r"you\s+have\s+entered\s+an\s+incorrect\s+e-?mail.*|notify\s+me\s+of\s+(?:follow-up\s+comments|new\s+posts)\b.*|"
    r"are\s+you\s+sure\s+you\s+want\s+to\s+(?:delete|mark)\s+this\s+comment.*|\d+\s*comments?(?:\s*\(s\))?|"
    r"this\s+site\s+uses\s+akismet\b.*|log\s+in\s+to\s+(?:leave|post)\s+a\s+comment.*|"
    r"\*\s*indicates\s+(?:a\s+)?required(?:\s+fields?)?|e-?mail\s+address\s*\*?|please\s+enter\s+a\s+valid\s+e-?mail\b.*)$",
    re.I,
)
SUBSCRIBE = re.compile(
    r"^(?:subscribe\s+to\s+get\s+the\s+latest\s+posts.*|get\s+the\s+latest\s+news.*(?:inbox|email).*|"
    r"sign\s+up\s+(?:for|to).*(?:newsletter|updates|email).*|enter\s+your\s+email.*|"
    r"type\s+your\s+email.*|join\s+our\s+(?:newsletter|mailing\s+list|whatsapp|telegram).*|"
    r"(?:support|donate\s+to)\s+(?:our|independent)\s+journalism.*|"
    r"continue\s+reading|keep\s+reading|read\s+the\s+full\s+(?:story|article).*|"
    r"(?:[\w&'-]+\s+){0,4}newsletters?|sign\s+up\s+to\s+get\s+.{0,120}|contact\s+me\s+with\s+news\s+and\s+offers.*|"
    r"to\s+(?:view|read|continue\s+reading)\s+(?:the\s+full|this)\s+(?:story|article).{0,40}subscribe.*)$",
    re.I,
)
CREDIT = re.compile(
    r"^(?:\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b.*|"
    r"(?:copyright|\(c\)|\u00a9)\s*.*|.*\ball\s+rights\s+reserved\b.*|"
    r"published\s+in\s+[A-Z][\w ]+,\s+.*\d{4}\.?|"
    r"(?:disclaimer\s*:|(?:advertising\s+|affiliate\s+)?disclosure\s*:|the\s+(?:views|opinions)\s+expressed\s+(?:in\s+this|here|are|by)).*|contributing\s*:.*|"
    r"this\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b.*)$",
    re.I,
)
TAG_LIST = re.compile(
    r"^(?:tags?|tagged(?:\s+(?:with|in|as))?|filed\s+under|topics|categories|keywords|posted\s+in)\s*:?\s+"
    r"(?P<items>[^.!?]+)$", re.I)
"""A tag list on one line ("Filed Under: Arts, Visual Art, Museums", "Tags ferries, harbour, timetable"; issue
11o-b): a tag label and at least :data:`TAG_LIST_MIN_ITEMS` items of at most 4 words, parted by commas or bars, with
no sentence end ("Topics discussed include taxes, trade and jobs." is prose)."""
TAG_LIST_MIN_ITEMS = 3
_TAG_SPLIT = re.compile(r"\s*[,|\u00b7\u2022]\s*")
_TAG_MAX_WORDS = 4
_TAG_HEADS = ("tag", "fil", "top", "cat", "key", "pos")


def _tag_list(text: str) -> bool:
    """Whether a line is a tag list (:data:`TAG_LIST`)."""
    if text[:3].lower() not in _TAG_HEADS:
        return False
    m = TAG_LIST.match(text)
    if m is None:
        return False
    items = [x for x in _TAG_SPLIT.split(m.group("items").strip()) if x]
    return len(items) >= TAG_LIST_MIN_ITEMS and all(len(x.split()) <= _TAG_MAX_WORDS for x in items)


AUTHOR_LINKS = re.compile(
    r"^(?i:(?:(?:find|see|read|view|browse)\s+)?more\s+(?:(?:posts|articles|stories|work|writing)\s+)?by"
    r"|(?:latest|recent|other)\s+(?:posts|articles|stories)\s+by)"
    r"\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*(?:\((?i:see\s+all)\))?$"
)
"""A link to an author's other posts ("More by Jane Roe", "find more by Jane Roe", "Latest posts by Jane Roe (see
all)"; issue 11o-b): the name is capitalised, so "More by luck than design" is prose."""
_NETWORK = r"(?i:facebook|twitter|x|instagram|telegram|whatsapp|youtube|linkedin|threads|bluesky)"
SOCIAL = re.compile(
    r"(?:^|[.,;:]\s+|\band\s+)[Ff]ollow\s+(?:us|@\w+|[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and))*)\s+on\s+"
    + _NETWORK + r"\b|^[Ll]ike\s+(?:us|[A-Z][\w&' -]{0,60})\s+on\s+(?i:facebook)\b",
)
BOILERPLATE = re.compile(
    r"delivered(?:\s+\w+)?\s+to\s+(?:your|their)\s+inbox(?:es)?|\bview\s+all\s+posts\s+by\b|"
    r"\bby\s+continuing\s+to\s+(?:browse|use|visit)\b.{0,60}\b(?:use\s+of\s+)?cookies\b|this\s+is\s+a\s+rush\s+transcript|by\s+signing\s+up,?\s+you\s+agree|continue\s+reading\s+the\s+main\s+story|"
    r"available\s+without\s+charge\s+to\s+any\s+eligible\s+news\s+publisher|for\s+licensing\s+opportunities|"
    r"unsubscribe\s+at\s+any\s+time|protected\s+by\s+recaptcha|verify\s+you'?re\s+not\s+a\s+robot|"
    r"may\s+not\s+be\s+published,\s+broadcast,\s+rewritten,?\s+or\s+redistributed|"
    r"click\s+here\s+for\s+reprint\s+permission|all\s+rights\s+reserved|"
    r"comments\s+(?:are|will\s+be)\s+moderated|email\s+addresses\s+will\s+not\s+be\s+published|"
    r"written\s+permission\s+must\s+be\s+obtained|is\s+the\s+copyrighted\s+property\s+of|"
    r"by\s+submitting\s+your\s+(?:information|email|e-mail)|"
    r"^(?:we|this\s+(?:web\s?)?site)\s+uses?\s+cookies\b|consent\s+to\s+(?:our|the)\s+use\s+of\s+cookies|"
    r"administrator\s+of\s+your\s+personal\s+data|"
    r"\bwe\s+may\s+(?:receive|earn|get)\s+(?:a\s+)?(?:small\s+)?(?:compensation|commission|affiliate\s+commission)\s+"
    r"(?:when|if|from|for\s+(?:some\s+of\s+)?the\s+links|on\s+(?:purchases|products))|"
    r"\bfrom\s+which\s+[\w.]+\s+receives?\s+compensation\b|references\s+to\s+products\s+from\s+one\s+or\s+more\s+of\s+our\s+advertisers|"
    r"opinions\s+expressed\s+(?:here|in\s+this\s+\w+)\s+are\s+(?:the\s+author'?s|those\s+of\s+the\s+author)\s+alone|"
    r"using\s+a\s+browser\s+version\s+with\s+limited\s+support|(?:you\s+are\s+using\s+an?\s+)(?:outdated|older|unsupported)\s+browser|"
    r"\bi\s+would\s+like\s+to\s+(?:subscribe\s+to|receive)\b.{0,80}\b(?:newsletters?|e-?mails?|promotions)\b|"
    r"\b(?:newsletters?|subscribe|enter\s+your\s+e-?mail)\b.{0,120}\b(?:straight|direct(?:ly)?|right)\s+(?:in)?to\s+your\s+inbox\b|"
    r"^disclaimer\s*(?:\([^()]{0,80}\)\s*)?:|\bfor\s+the\s+latest\b.{0,80}\bdownload\b.{0,60}\bapps?\b|"
    r"\bnot\s+responsible\s+for\s+(?:the\s+|any\s+)?(?:opinions|views|content)\b[^.]{0,80}?\b(?:presented|expressed|posted|"
    r"published|submitted)\s+by\s+(?:its\s+|our\s+)?(?:contributors|users|readers|commenters|authors?|third\s+parties)\b|"
    r"\b(?:the|this|our)\s+(?:advertising\s+|affiliate\s+)?(?:disclaimer|disclosure)\s+(?:below|above)\s+"
    r"(?:does\s+not|doesn'?t|refers?|appl(?:y|ies))\b",
    re.I,
)
"""Phrases that occur only in site boilerplate; a line holding one is furniture whatever its length."""
_BOILERPLATE_ANCHORS = ("inbox", "signing up", "main story", "eligible news", "licensing", "unsubscribe",
                        "recaptcha", "robot", "redistributed", "reprint", "rights reserved", "rush transcript",
                        "moderated", "will not be published", "written permission", "copyrighted", "submitting your",
                        "cookies", "personal data", "compensation", "commission", "advertisers", "expressed here",
                        "expressed in this", "browser", "like to subscribe", "like to receive", "your inbox",
                        "disclaimer", "not responsible", "download", "inboxes", "all posts by", "disclosure")


def _has_anchor(low: str) -> bool:
    """Whether a lower-cased line holds a word that every :data:`BOILERPLATE` phrase holds (faster than a regex)."""
    return any(a in low for a in _BOILERPLATE_ANCHORS)


def _has_boilerplate(text: str) -> bool:
    return _has_anchor(text.lower()) and BOILERPLATE.search(text) is not None
CONTRIBUTED = re.compile(
    r"^(?:the\s+)?[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,8}\s+contributed\s+(?:reporting\s+)?(?:to\s+)?"
    r"(?:this|the)\s+(?:report|story|article)\.?$|^[A-Z][\w.'&-]*(?:\s+[\w.'&-]+){0,8}\s+contributed\s+reporting\.?$"
)
AUTHOR_BIO = re.compile(
    r"^(?!(?:How|What|Why|Who|When|Where|Which|It|This|That|There|Here|Nor|Not)\b)"
    r"(?:[A-Z][\w.'-]*\s+){1,4}(?:[Ii]s|[Ww]as)\s+(?:(?:a|an|the)\s+)?(?:[\w&,'-]+\s+){0,6}?"
    r"(?i:writer|reporter|journalist|editor|correspondent|columnist|contributor|professor|founder|co-founder|"
    r"author|fellow|analyst|producer|consultant|lecturer|researcher|blogger|expert)\b"
    r"|^(?:[A-Z][\w.'-]*\s+){1,4}(?:writes|covers|reports)\s+(?:about|on)\b"
)
"""A short author note after the article ("Jane Doe is a senior writer for ..."): only at the body's end."""
AUTHOR_BIO_MAX_WORDS = 80
TRAILER_MARKER = re.compile(
    r"^(?:previous\s+(?:story|post|article)|next\s+(?:story|post|article)|"
    r"latest\s+from\b.*|more\s+from\s+(?:the\s+)?(?:author|[\w -]{1,40})|more\s+stories|more\s+news|"
    r"don'?t\s+miss(?:\s+this)?|related\s+(?:posts?|articles?|stories|news|content|coverage)|"
    r"you\s+(?:may|might)\s+(?:also\s+)?like|recommended(?:\s+for\s+you)?|also\s+on\s+\w+(?:\s+\w+){0,3}|"
    r"(?:most\s+(?:read|popular|viewed|shared)|popular\s+(?:posts|stories|now)|trending(?:\s+now)?)|"
    r"discover\s+more\s+from\s+.+|leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|about\s+the\s+author|"
    r"related|read\s+more|\d+\s+(?:comments?|responses?|replies)\s*:|last\s+news|house\s+rules|community\s+guidelines|comments?\s+(?:policy|guidelines)|"
    r"tags?\s*:.*|tagged\s*:.*|topics\s*:.*|tags|tagged(?:\s+(?:with|in|as))?|filed\s+under\s*:?.*|share\s+this\s*:|exit\s+mobile\s+version|"
    r"in\s+case\s+you\s+missed\s+it|editor'?s\s+picks?|top\s+stories|what\s+to\s+read\s+next|"
    r"read\s+next|recommended\s+(?:stories|articles|reading)|related\s+topics|sponsored\s+(?:stories|links|content)|"
    r"from\s+around\s+the\s+web|promoted\s+(?:content|stories)|you\s+may\s+be\s+interested\s+in|"
    r"latest\s+(?:news|stories|articles|posts|headlines|videos|updates)|more\s+coverage|further\s+reading|"
    r"suggested\s+(?:articles?|stories|reading|posts|for\s+you)|next\s+up(?:\s+in\s+[\w&-]+(?:\s+[\w&-]+)?)?|"
    r"more\s+in\s+[\w&-]+(?:\s+[\w&-]+)?|more\s+about(?:\s+[\w&-]+){0,3}|"
    r"more(?:\s+[\w'&-]+){1,3}\s+(?:stories|headlines|articles|posts|videos)|keep\s+reading\W*|"
    r"recent\s+(?:posts|articles|stories|comments))$",
    re.I,
)

COMMENTS_HEADING = re.compile(
    r"^\d+\s+(?:thoughts?|responses?|comments?|replies|reactions?)\s+(?:on|to)\s+\S.*$"
    r"|^\d+\s+comments?\s*[.:|-]\s*(?:leave|add|post|write|join)\b.{0,30}$",
    re.I,
)
"""The heading of a reader-comment section after the article: "5 thoughts on “<headline>”", "12 responses
to <headline>", "4 Comments. Leave new"; not a sentence that ends with a full stop ("12 responses to the
consultation asked for ..."). A bare count ("5 Comments") is a widget (:data:`NAVIGATION`), since it
also stands above the article as a link."""

MARKUP = re.compile(r"^<(?:/?[a-z][a-z0-9]*)\b[^>]*>(?:.*>)?$|^[\[{]\s*[\[{]?\s*\"[\w -]{1,40}\"\s*:", re.I)
"""A line that is an HTML tag or embed code ("<iframe src=... ></iframe>"), or a script's data left in the text
('[ { "name": "Ad - Inline", ...')."""
_TAG_OR_ENTITY = re.compile(r"<[^<>]*>|&#?\w+;")
_PROSE_WORD = re.compile(r"[^\W\d_]{2,}")


def has_prose_between_tags(line: str) -> bool:
    """Whether a line that looks like markup holds prose between its tags.

    ``<p>"I don't know how to build something that's only 80% complete," Chung told CNN.</p>`` starts with a
    tag and ends with ``>`` as an embed code does, but it is a paragraph of the article (review s80-A, finding 1):
    the ``markup`` rule never removes it. Prose is two words or more outside the tags (words of two letters or
    more); ``<iframe src="..."></iframe>``, ``<img src=x>`` and ``<span>Advertisement</span>`` hold none.

    Parameters
    ----------
    line : str
        One line of text.

    Returns
    -------
    bool
        True when the text outside the tags has two words or more.
    """
    words = _PROSE_WORD.findall(_TAG_OR_ENTITY.sub(" ", line)) if "<" in line else []
    return len(words) >= 2


COMMENT_POLICY = re.compile(
    r"\b(?:adhere\s+to|read|follow|see|respect|abide\s+by|violates?|breach(?:es)?)\s+our\s+(?:community|commenting|comments?)\s+"
    r"(?:guidelines|policy|standards|rules)\b|\bcomments?\s+(?:can|may|will)\s+(?:only\s+)?be\s+(?:posted|left|made|submitted)\s+by\b",
    re.I,
)
"""A site's note on its comments ("Please adhere to our Community Guidelines", "Comments can be posted by members
of ..."); a line with a quotation mark is not one (a spokesman saying a post broke "our community guidelines")."""
def _comment_policy(folded: str) -> bool:
    return COMMENT_POLICY.search(folded) is not None and '"' not in folded


BARE_LINK = re.compile(r"^(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}/\S*$", re.I)
"""A line that is one web address with a path ("i.example.com/abc123.jpg", "example.org/blog/2015/08/a-story/"): a
link or an image's address left as text. A bare domain ("janedoe.com", an answer in an interview) is not one."""
TAGLINE = re.compile(
    r"^(?:the\s+latest\s+(?:news|on|from|stories|headlines)\b|daily\s+news\s+about\b|"
    r"(?:get|receive)\s+(?:the\s+|our\s+|regular\s+)?(?:latest|best|most\s+popular|top|newsletter)\b|sign\s+up\s+to\s+get\b|"
    r"(?:don'?t\s+)?miss(?:ing)?\s+out\s+on\s+the\s+latest\b)",
    re.I,
)
"""The tagline of a newsletter box ("Get the latest stories in your inbox", "The latest on artificial
intelligence, from ..."): a short line (up to 20 words) that does not end like a sentence. A sign-up box
glued to its button ("Get our Daily Edition by email ... Free Sign Up") is one too."""
_CREDIT_KEYS = ("reporting", "writing", "editing", "compiled", "copyright", "(c)", "\u00a9", "rights reserved",
                "published in", "disclaimer", "disclosure", "views", "opinions", "contributing", "originally",
                "first published", "first appeared")
"""Words one of which every :data:`CREDIT` line holds (a cheap test made before the pattern)."""
_SIGN_UP_ENDS = ("sign up", "signup", "subscribe", "subscribe now")
_SIGN_UP_WORDS = ("email", "e-mail", "newsletter", "inbox", "edition")
_NEW_WINDOW = re.compile(r"\bopens?\s+in\s+(?:a\s+)?new\s+window\b", re.I)
CREDIT_TAIL = re.compile(
    r"(?:\b(?i:credit)\s*:\s*(?:(?i:photo)\s*:\s*)?[\w .,&'/-]{1,50}"
    r"|\((?:[A-Z][\w.'-]*\s+){1,3}[A-Z][\w.'-]*\s*/\s*[A-Z][\w.'& -]{1,40}\)"
    r"|\((?i:photo|picture|image)s?\s+(?i:by|courtesy\s+of|credit)\b[^)]{1,50}\))\s*$"
)
"""A caption's photo credit at its end: "... Credit: Photo: PA", "... (Matt Stone/Boston Herald)",
"... (Picture by Jane Doe)"; such a line is a caption whatever its length (up to 60 words)."""
PAYWALL = re.compile(
    r"\b(?:to\s+(?:view|read|continue\s+reading)|for)\s+(?:the\s+full|the\s+rest\s+of\s+(?:the|this)|this)\s+"
    r"(?:story|article)\b.{0,80}\b(?:subscribe|subscription|sign\s+in|log\s+in)\b"
    r"|\b(?:subscribe|subscription|sign\s+in|log\s+in)\b.{0,80}\b(?:for|to\s+(?:view|read))\s+(?:the\s+full|the\s+rest\s+of"
    r"\s+(?:the|this)|this)\s+(?:story|article)\W*$"
    r"|\balready\s+a\s+subscriber\b|\bsubscribers?\s+only\b",
    re.I,
)
"""A paywall prompt: the rest of the page is not the article (unless the story goes on after it)."""
_DATE_ANY = re.compile(
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)",
    re.I,
)
_STAMP_LEAD = re.compile(
    r"^(?:(?:posted|published|updated|written|created|released?|release\s+date|date|last\s+(?:updated|modified))\b"
    rf"|by\s+(?!{_MONTHS}\b)[A-Z])",
    re.I,
)
_STAMP_NOISE = re.compile(
    rf"{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on|and|(?-i:[A-Z]{2,4}))\b|[^\w\s]",
    re.I,
)
_TWO_DIGITS = re.compile(r"\d\d")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(?!\d)")
STAMP_MAX_WORDS = 16
"""A date stamp line ("Posted: Thursday, April 21, 2022. 10:11 pm", "17 April 2012 - 2:54pm", "by Jane Doe
Apr. 26, 2022") has at most this many words."""
BREADCRUMB = re.compile(r"^(?:[^\u00bb\u203a>]{1,60}[\u00bb\u203a]){2}|^(?i:home|front\s+page)\s*[\u00bb\u203a>/|]")
"""A breadcrumb trail: "Home > News > <headline>" (two separators, or a first step named Home)."""


def is_date_stamp(text: str, n_words: int, header: bool = False) -> bool:
    """Whether a short line is a publication stamp rather than text that holds a date.

    A stamp is a date with a stamp word and at most three other words ("Posted: Thursday, April 21, 2022",
    "Updated 1:33 p.m. ET, 1/27/2014", "By Jane Doe - March 25, 2016"), or a date and a time of day with at most one other word ("17 April 2012 -
    2:54pm"). In the header zone (``header=True``) a date with at most three other words is one too ("May 06,
    2022 News"). A sentence or a list item that holds a date ("On April 21, 2022, the council voted.",
    "CNN debate, Jan. 26, 2012") is not.

    Parameters
    ----------
    text : str
        The line (folded).
    n_words : int
        Its number of words.
    header : bool
        The line stands in the header zone, above the article.

    Returns
    -------
    bool
        True for a publication stamp.
    """
    if n_words > STAMP_MAX_WORDS or _TWO_DIGITS.search(text) is None or not _DATE_ANY.search(text):
        return False  # every date form has two digits in a row (a year, a two-digit day)
    rest = [w for w in _STAMP_NOISE.sub(" ", text).split() if not w.isdigit()]
    if _STAMP_LEAD.match(text):
        return len(rest) <= 4 and not (text[:2].lower() == "by" and text.rstrip()[-1:] in ".!?")
    if header:
        return len(rest) <= (1 if text.rstrip()[-1:] in ".!?" else 3)
    return len(rest) <= 1 and _TIME_OF_DAY.search(text) is not None


_ABBREV_END = re.compile(
    r"(?:\b(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Sen|Rep|Gen|"
    r"Col|Lt|Sgt|Jr|Sr|Dr|Mr|Mrs|Ms|St|Inc|Co|Corp|Ltd|vs)\.|\b(?:[A-Z]\.){2,})$"
)
"""A line ending with an abbreviation ("Tues.", "Gov.", "Jr.", "U.S."), not with a full stop."""
_TERMINAL = re.compile(r"""[.!?;:,]["')\]]*\s*$""")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or over the to up via vs with without amid after "
    "before is are was were be its it".split()
)


def tokens(text: str) -> list[str]:
    """The words of a line (letters first, then letters, digits, apostrophes or hyphens).

    Parameters
    ----------
    text : str
        A line.

    Returns
    -------
    list of str
        Its words, in order.
    """
    return _WORD.findall(text)


def is_title_like(text: str, max_words: int = 20) -> bool:
    """Whether a line reads as a headline or subheading rather than prose.

    A title-like line has 2 to ``max_words`` words and does not end like a
    sentence (full stop, comma, semicolon, colon); a line ending in ``?`` or
    ``!`` counts only when it is written in title case.

    Parameters
    ----------
    text : str
        The line.
    max_words : int
        Most words a title may have.

    Returns
    -------
    bool
        True for a title-like line.
    """
    f = fold(text).strip()
    if len(f.split()) > max_words + 5:
        return False
    words = tokens(f)
    if not 2 <= len(words) <= max_words:
        return False
    if re.search(r"\.\.\.$|\u2026$", text.strip()):
        return False
    end = _TERMINAL.search(f)
    if end:
        mark = end.group(0).strip()[0]
        if mark == "." and _ABBREV_END.search(f) and title_case_share(words) >= 0.75:
            return True  # a title that ends with an abbreviation ("... Alert Tues.", "... to the U.S.")
        if mark in ".,;:":
            return False
        return title_case_share(words) >= 0.75
    return True


def title_case_share(words: list[str]) -> float:
    """Share of the content words (not "a", "of", "the", ...) that start with a capital or a digit.

    Parameters
    ----------
    words : list of str
        The words of a line (:func:`tokens`).

    Returns
    -------
    float
        The share, 0.0 when there is no content word.
    """
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return 0.0
    return sum(w[0].isupper() or w[0].isdigit() for w in content) / len(content)


PROSE_END = re.compile(r"""[.!?]["')\]]*$""")


def is_prose(ln) -> bool:
    """A line that ends like a sentence and has a few words: article prose.

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line of the page (its ``n_words`` and the end of its ``text`` are read).

    Returns
    -------
    bool
        True when it has six or more words and ends with ``.``, ``!`` or ``?`` (and closing quotes or brackets).
    """
    return ln.n_words >= 6 and bool(PROSE_END.search(fold(ln.text[-8:])))


PHOTO_CREDITS_FILE = Path(__file__).resolve().parent.parent / "data" / "photo_credits.yaml"
"""Names of news and photo agencies whose name alone on a line is a photo credit (issue 11o; the file says its
source)."""
PHOTO_CREDIT_NAMES = frozenset(n.lower() for n in read_yaml_mapping(
    PHOTO_CREDITS_FILE, {"names"}, {"name", "version", "source", "description", "names"}, ValueError)["names"])
BARE_CREDIT_REASON = "photo credit: a news or photo agency's name alone on a line"
_CREDIT_STARTS = frozenset(n[:2] for n in PHOTO_CREDIT_NAMES)
_CREDIT_JOIN = re.compile(r"\s*(?:/|\||,|;|\bvia\b|\band\b|&)\s*", re.I)
_CREDIT_SUFFIX = re.compile(r"\s+(?:file\s+)?(?:photos?|images|pictures?|handout|file)$", re.I)
BARE_CREDIT_MAX_WORDS = 8


COURTESY_TAIL = re.compile(r"[.)]\s*Courtesy(?:\s+of)?(?:\s+the)?\s+[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4}\.?$")
"""A caption that ends with its credit after a full stop: "... (1761). Courtesy Louvre", "... pier. Courtesy of the
Harbour Museum" (issue 11o); a sentence such as "Schools close on Tuesday, courtesy of Storm Ann." or "The photos
were provided courtesy of Jane Roe." has no stop before "courtesy"."""
_NOT_PROMO = re.compile(r"[=(){};<>]|\w\.\w")
"""Code ("[city.name for city in cities]") or a list of figures ("[Votes: Roe 17; Doe 11]") in brackets is no promo."""
_PAREN_CREDIT = re.compile(r"\(([^()]{1,60})\)\s*$")
BRACKET_PROMO = re.compile(r"^\[[^\[\]]{5,150}\]$")
"""A promo for another story in square brackets inside the body: "[Our Latest Forecast: Who Will Win The Cup?]"
(issue 11o): a title in title case; not a citation with a date ("[Agency, 11/8/12]")."""


def credit_in_parentheses(text: str) -> bool:
    """Whether a line ends with a photo credit in parentheses whose last part names an agency: "(jdoe/iStock)",
    "(Jane Roe / Reuters)", "(AP Photo)" (issue 11o; names in ``helpers/data/photo_credits.yaml``).

    Parameters
    ----------
    text : str
        The line.

    Returns
    -------
    bool
        True when the line's last parenthesis holds, after its last "/", only agencies' names
        (:func:`is_bare_credit`).
    """
    m = _PAREN_CREDIT.search(text)
    if m is None:
        return False
    last = m.group(1).rsplit("/", 1)[-1]
    return is_bare_credit(last, len(last.split()))


def is_bare_credit(text: str, n_words: int) -> bool:
    """Whether a short line is a photo credit that names only agencies: "Reuters", "AP", "EPA-EFE/Shutterstock",
    "AFP via Getty Images", "Xinhua File Photo" (issue 11o; names in ``helpers/data/photo_credits.yaml``).

    Parameters
    ----------
    text : str
        The line.
    n_words : int
        Its number of words.

    Returns
    -------
    bool
        True when the line has at most :data:`BARE_CREDIT_MAX_WORDS` words and every part of it (parts joined by
        "/", "via", ",", "and") is an agency's name, optionally followed by "Photo", "Images" or "Handout"; a
        line with any other word ("Reuters reported", "AP sources") is not.
    """
    if n_words > BARE_CREDIT_MAX_WORDS or text.lstrip(" \t.-\u2013\u2014([")[:2].lower() not in _CREDIT_STARTS:
        return False  # no agency's name starts so (most lines): a cheap test before the split
    if text.rstrip().endswith(":"):
        return False  # "Reuters:" introduces what the agency said
    t = text.strip(" \t.-\u2013\u2014()[]").lower()
    parts = [p for p in _CREDIT_JOIN.split(t) if p]
    if not parts:
        return False
    for p in parts:
        while _CREDIT_SUFFIX.search(p) and p not in PHOTO_CREDIT_NAMES:
            p = _CREDIT_SUFFIX.sub("", p)
        if p not in PHOTO_CREDIT_NAMES:
            return False
    return True


WIDGET_RUN_MAX_WORDS = 16
_WIDGET_WORDS = frozenset((
    "listen", "to", "this", "the", "article", "story", "share", "tweet", "post", "email", "e-mail", "mail", "print",
    "save", "comment", "comments", "copy", "link", "facebook", "twitter", "whatsapp", "linkedin", "reddit",
    "pinterest", "telegram", "flipboard", "messenger", "sms", "gift", "on", "via", "x"))
_WIDGET_ACTIONS = frozenset(("listen", "share", "tweet", "email", "e-mail", "print", "save", "copy"))
_WIDGET_TOKEN = re.compile(r"[a-z][a-z-]*|\d{1,2}:\d{2}|\S", re.I)
_CLOCK = re.compile(r"\d{1,2}:\d{2}$")


def is_widget_run(text: str) -> bool:
    """Whether a short line is a row of sharing or listening buttons run together ("LISTEN TO ARTICLE 2:40 SHARE
    THIS ARTICLE Share Tweet Post Email", "Share on Facebook Share on Twitter Email Print"): every word is a
    button's word (share, tweet, email, print, listen, save, copy link, a network's name, "this article", a
    clip's length such as 2:40) and at least two different actions are named, so one word ("Share") or a headline
    that uses one of them ("Share this story") is not enough.

    Parameters
    ----------
    text : str
        The line's text (folded).

    Returns
    -------
    bool
    """
    words = [w.lower() for w in _WIDGET_TOKEN.findall(text) if w not in "|\u00b7\u2022-:,/"]
    if not 2 <= len(words) <= WIDGET_RUN_MAX_WORDS:
        return False
    if any(w not in _WIDGET_WORDS and not _CLOCK.match(w) for w in words):
        return False
    return len(set(words) & _WIDGET_ACTIONS) >= 2


AGE_NOTICE = re.compile(
    r"^this\s+(?:article|story|post|page|content|report|piece)\s+(?:is|was\s+(?:published|written|posted))\s+"
    r"(?:more\s+than|over)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:years?|months?|weeks?|days?)\s+(?:old|ago)\s*\.?$",
    re.I,
)
"""A site's note on the article's age ("This article is more than 3 months old"): a banner, not the headline."""
_CAPTION_WORDS = ("photo", "image", "picture", "credit", "getty", "screengrab", "courtesy", "caption")  # CAPTION needs one
WIDGET_CAPTION = re.compile(r"^(?:show\s+caption\s+)?hide\s+caption\b|^(?:enlarge\s+this\s+image\s+)?toggle\s+caption\b",
                            re.I)
"""A caption opened by its widget's label ("Hide caption Voters cast ballots ... Previous Next Jane Roe/AP", "Show
caption Hide caption ...", "Enlarge this image toggle caption ..."): a caption whatever its length, up to
:data:`WIDGET_CAPTION_MAX_WORDS` words; prose never opens with these labels."""
WIDGET_CAPTION_MAX_WORDS = 80


def furniture_anywhere(ln, prev) -> tuple[str, str] | None:
    """The furniture rule that names one line wherever it stands, as ``(rule, reason)``, or ``None``.

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        The line to name (its ``text``, ``folded`` text and ``n_words`` are read).
    prev : helpers.corpus.clean_lines.Line or None
        The line before (for a line repeated right after itself), or ``None``.

    Returns
    -------
    (str, str) or None
        The rule's name and its reason, or ``None`` when no rule names the line.
    """
    n = ln.n_words
    tail = ln.text[-60:]
    if n <= 60 and (tail.endswith(")") or "redit" in tail) and CREDIT_TAIL.search(fold(tail)):
        return "caption", "photo caption ending with the photo credit"
    if n <= 60 and (tail.endswith(")") and "/" in tail[-40:] and credit_in_parentheses(ln.text)
                    or "ourtesy" in tail and COURTESY_TAIL.search(tail)):
        return "caption", "photo caption ending with the photo credit (an agency in parentheses, \"Courtesy X\")"
    if n <= POSITION_CAPTION_MAX_WORDS and "(" in ln.text and POSITION_CAPTION.search(ln.text) \
            and not any(q in ln.text for q in _QUOTES) and "pic.twitter" not in ln.text:
        return "caption", "photo caption: it places a person in the picture (\"(left)\", \"(centre)\")"
    if n <= 80 and ln.text[:1] in "TtFfCcKkPp" and _tag_list(ln.folded):
        return "navigation", "tag list (a tag label and a list of short topics)"
    if is_player_strip(ln.text, n):
        return PLAYER_RULE, PLAYER_REASON
    if n <= WIDGET_CAPTION_MAX_WORDS and ln.text[:1] in "HhSsEeTt" and WIDGET_CAPTION.match(ln.text.lstrip()):
        return "caption", "photo caption opened by its widget's label (\"Hide caption\", \"toggle caption\")"
    if n > 30:  # long prose: only unmistakable boilerplate phrases apply
        low_raw = ln.text.lower()
        if "comment" in low_raw and _comment_policy(ln.folded):
            return "comment_form", "the site's note on its comments (who may comment, its guidelines)"
        if n <= 120 and _has_anchor(low_raw) and _has_boilerplate(ln.folded):
            return "boilerplate", "site boilerplate (newsletter, licensing or copyright text)"
        if n <= 60 and "subscri" in ln.text.lower() and PAYWALL.search(ln.folded):
            return "paywall", "paywall or subscription prompt instead of the rest of the article"
        return None
    t = ln.folded
    raw = ln.text
    if ("\u00bb" in raw or "\u203a" in raw or ">" in raw or raw[:4].lower() in ("home", "fron")) \
            and BREADCRUMB.match(raw):
        return "breadcrumb", "breadcrumb trail of the site's sections"
    low = t.lower()
    if ("ubscri" in low or "log in" in low or "sign in" in low) and PAYWALL.search(t):
        return "paywall", "paywall or subscription prompt instead of the rest of the article"
    if "comment" in low and _comment_policy(t):
        return "comment_form", "the site's note on its comments (who may comment, its guidelines)"
    if PROMO_PREFIX.match(t) or (raw[:4] == "MORE" and PROMO_CAPS.match(raw)):
        return "promo", "promotional link to another story"
    if raw[:1] == "[" and 3 <= n <= 20 and BRACKET_PROMO.match(raw.strip()) and not _DATE_ANY.search(raw) \
            and not _NOT_PROMO.search(raw.strip()[1:-1]) and is_title_like(raw.strip()[1:-1]):
        return "promo", "promotional link to another story in square brackets"
    if n <= 25 and any(w in low for w in _CAPTION_WORDS) and CAPTION.search(t):
        return "caption", "photo caption or credit"
    if n <= BARE_CREDIT_MAX_WORDS and is_bare_credit(raw, n):
        return "caption", BARE_CREDIT_REASON
    if prev is not None and prev.text == ln.text and n <= 25:
        return "duplicate_line", "line repeated right after itself (duplicated caption or title)"
    if NAVIGATION.match(t) or (t[:1] in "-*|" and NAVIGATION.match(t.strip(" -*|"))) \
            or ("new window" in low and _NEW_WINDOW.search(t)):
        return "navigation", "navigation, sharing or advertising widget"
    if 2 <= n <= WIDGET_RUN_MAX_WORDS and is_widget_run(t):
        return "navigation", "a row of sharing or listening buttons read as one line (\"Share Tweet Email\")"
    if n <= 14 and low.startswith("this ") and AGE_NOTICE.match(t):
        return "age_notice", "the site's note on how old the article is (\"This article is more than 2 years old\")"
    if n <= 8 and " by " in low and AUTHOR_LINKS.match(t):
        return "navigation", "link to the author's other posts"
    if t[:1] in "<[{" and MARKUP.match(t) and not (t[:1] == "<" and has_prose_between_tags(t)):
        return "markup", "HTML markup or script data left in the text (an embed code)"
    if n <= 12 and "/" in raw and " " not in raw.strip() and BARE_LINK.match(raw.strip()):
        return "navigation", "a bare web address (a link or an image's address left as text)"
    if COMMENT_FORM.match(t):
        return "comment_form", "comment form"
    if SUBSCRIBE.match(t) or (n <= 20 and t.rstrip()[-1:] not in ".!?" and (
            TAGLINE.match(t) or (low.rstrip().endswith(_SIGN_UP_ENDS) and any(w in low for w in _SIGN_UP_WORDS)))):
        return "subscription", "subscription or newsletter prompt"
    if (any(k in low for k in _CREDIT_KEYS) and CREDIT.match(t)) or ("contributed" in low and CONTRIBUTED.match(t)):
        return "credit", "credit, copyright, print-edition or disclaimer line"
    if n <= STAMP_MAX_WORDS and is_date_stamp(t, n):
        return "dateline", "publication date stamp (the date belongs in metadata)"
    if _has_anchor(low) and BOILERPLATE.search(t) is not None:
        return "boilerplate", "site boilerplate (newsletter, licensing or copyright text)"
    if ("ollow" in t or "ike" in t) and SOCIAL.search(t):
        return "social_prompt", "invitation to follow the outlet on social media"
    return None


def header_furniture(ln) -> tuple[str, str] | None:
    """The furniture rule that names a line of at most 14 words above the article, as ``(rule, reason)``.

    Tries a reading-time label, a relative time stamp, a "Published"/"Updated" stub, a date line or stamp, a
    section label and a byline.

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line above the article (its ``folded`` text and ``n_words`` are read).

    Returns
    -------
    (str, str) or None
        The rule's name and its reason, or ``None`` when no header rule names the line.
    """
    if ln.n_words > 14:
        return None
    f = ln.folded
    low = f.lower().rstrip(":").strip()
    if READING_TIME.match(f):
        return "reading_time", "reading-time label"
    if RELATIVE_TIME.match(f):
        return "dateline", "relative time stamp above the article"
    if PUBLISHED_STUB.match(f) or (ln.n_words <= 6 and POSTED_IN.match(f)):
        return "published_stub", "'Published'/'on'/'Updated' stub without content"
    if DATE_LINE.match(f) or is_date_stamp(f, ln.n_words, header=True):
        return "dateline", "date line above the article (the date belongs in metadata)"
    words = tokens(f)
    if low in SECTION_WORDS or (1 <= len(words) <= 3 and f.upper() == f and any(c.isalpha() for c in f)):
        return "section_label", "section label or navigation above the headline"
    if BYLINE.match(f) and len(words) <= 12 or is_credited_byline(f, ln.n_words):
        return "byline", "byline above the article"
    return None


def is_credited_byline(text: str, n_words: int) -> bool:
    """Whether a short line is a byline of names: "Written by Jane Roe, PhD on April 29, 2018", "Fact checked by John
    Roe", "By Jane Roe And John Doe For The Daily Post" (:data:`CREDITED_BYLINE`).

    Parameters
    ----------
    text : str
        The line (folded).
    n_words : int
        Its number of words.

    Returns
    -------
    bool
        True when the line starts with "by" (or a role word and "by") before a capitalised word, has at most 14
        words, does not end like a sentence, and every other word after "by" is capitalised, a date, or a small
        joining word ("and", "for", "the", "staff").
    """
    if n_words > _BYLINE_MAX_WORDS or text.rstrip()[-1:] in ".!?" or not CREDITED_BYLINE.match(text):
        return False
    rest = _STAMP_NOISE.sub(" ", text[text.lower().index("by") + 2:])
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _BYLINE_JOINERS for w in rest.split())


PREV_NEXT = re.compile(r"^(?:(?i:previous|prev|next)\s*(?i:article|story|post)(?:\b|(?=[A-Z]))"
                        r"|(?:PREVIOUS|PREV)\s*[:|<\u00ab\u2039-]?\s+[A-Z][a-z])")
"""'Previous article' / 'Next story' links, also glued to the next headline ("Previous articleTalks resume")."""


def is_marker(ln) -> bool:
    """An end-of-article marker ("Related Posts", "Previous article...") on a line of at most 8 (30) words.

    Parameters
    ----------
    ln : helpers.corpus.clean_lines.Line
        A line after the body (its ``text``, ``folded`` text and ``n_words`` are read).

    Returns
    -------
    bool
        True for a trailer marker of at most 8 words, or a reader-comments heading (:data:`COMMENTS_HEADING`) or a
        previous/next link of at most 30 words.
    """
    if ln.n_words <= 30 and ln.text[:1].isdigit() and not ln.text.rstrip().endswith(".") \
            and COMMENTS_HEADING.match(ln.folded) is not None:
        return True  # the heading of the reader comments (a sentence about comments ends with a full stop)
    return (ln.n_words <= 8 and TRAILER_MARKER.match(ln.folded) is not None) or \
        (ln.n_words <= 30 and ln.text[:1] in "PpNn" and PREV_NEXT.match(ln.text) is not None)


_SIGNATURE = re.compile(r"^\S+(?:\s+\S+){0,4}\s+(?:says|said|wrote)\s*:$|^reply$", re.I)
_SIGNATURE_WINDOW = 4


def opens_comment_thread(lines: list, i: int) -> bool:
    """Whether ``lines[i]`` is a reader-comments heading with a comment's signature right below (issue 11n).

    A heading such as "5 thoughts on “<headline>”" (:data:`COMMENTS_HEADING`) followed, within 4 lines, by a
    commenter's signature ("Jane says:", "jdoe wrote:", at most 6 words) or a bare "Reply" button opens the reader
    comments: they quote and discuss the story, so they share its words, but they are not the story, and the
    cleaner does not let the body resume after them. A heading alone (a subheading "300 responses to the survey"
    in an article) does not.

    Parameters
    ----------
    lines : list of helpers.corpus.clean_lines.Line
        The page's lines (``text``, ``folded`` and ``n_words`` are read).
    i : int
        The index of the line to test.

    Returns
    -------
    bool
        True when the line is a comments heading and a signature follows it.
    """
    ln = lines[i]
    if not (ln.text[:1].isdigit() and COMMENTS_HEADING.match(ln.folded) and not ln.text.rstrip().endswith(".")):
        return False
    return any(_SIGNATURE.match(lines[k].text.strip()) for k in range(i + 1, min(len(lines), i + 1 + _SIGNATURE_WINDOW)))

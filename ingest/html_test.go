package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// page wraps body in a minimal HTML page with head.
func htmlPage(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>"
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, body, want string
		reason           string
	}{
		{
			name: "paragraphs and headings are lines apart",
			body: "<article><h1>Talks resume</h1><p>First  paragraph\n with   spaces.</p><h2>Background</h2><p>Second <b>bold</b> paragraph.</p></article>",
			want: "Talks resume\n\nFirst paragraph with spaces.\n\nBackground\n\nSecond bold paragraph.\n",
		},
		{
			name: "br ends a line within a paragraph",
			body: "<article><p>One line.<br>Another line.<br/><br>A third.</p></article>",
			want: "One line.\nAnother line.\nA third.\n",
		},
		{
			name: "entities are decoded",
			body: "<article><p>AT&amp;T&nbsp;said &ldquo;no&rdquo; &#8212; twice.</p></article>",
			want: "AT&T said \u201cno\u201d \u2014 twice.\n",
		},
		{
			name: "navigation, header, footer, aside, scripts and forms are dropped",
			body: `<header><h1>Site</h1><nav>Home World</nav></header><article><p>Kept text.</p><script>var x = "Dropped";</script><style>p{}</style><noscript>Enable JS</noscript><form>Search <input></form></article><aside><p>Aside text.</p></aside><footer><p>Copyright</p></footer>`,
			want: "Kept text.\n",
		},
		{
			name: "share bars, related links, newsletters, comments, promos and ads are dropped",
			body: `<article><p>Kept text.</p>
				<div class="share-bar">Share</div><ul class="social">Tweet</ul><div id="related">Related story</div>
				<div class="newsletter-box">Sign up</div><section id="comments">A comment</section>
				<div class="promo">Buy now</div><div class="ad-slot">Advertisement</div><div class="top_ads">Ads</div>
				<div class="sponsored-content">Sponsored</div><p class="Subscribe-Cta">Subscribe</p></article>`,
			want: "Kept text.\n",
		},
		{
			name:   "class words that only contain a furniture word are kept",
			body:   `<article><p class="lead-paragraph">Lead.</p><h1 class="headline">Head.</h1><div class="commentary-body"><p>Opinion.</p></div><p class="shadow">Shadow.</p><p class="reload">Reload.</p></article>`,
			want:   "Lead.\n\nHead.\n\nOpinion.\n\nShadow.\n\nReload.\n",
			reason: `"lead-", "headline", "shadow" and "reload" contain "ad" but no word of them is "ad"; "commentary" is an article kind`,
		},
		{
			name: "figure and table captions are dropped, the figure's other text kept",
			body: "<article><p>Before.</p><figure><img alt=\"a photo\"><figcaption>A photo caption. (AP Photo)</figcaption></figure><table><caption>Table caption</caption><tr><td>Cell one</td><td>Cell two</td></tr></table><p>After.</p></article>",
			want: "Before.\n\nCell one\n\nCell two\n\nAfter.\n",
		},
		{
			name: "hidden elements are dropped",
			body: `<article><p>Shown.</p><p hidden>Hidden.</p><div aria-hidden="true">Aria hidden.</div><div role="navigation">Menu</div></article>`,
			want: "Shown.\n",
		},
		{
			name:   "without an article, the element with the most paragraph text",
			body:   `<div class="menu"><p>Short menu text.</p></div><div id="story"><p>The first paragraph of the story, which is long enough to win.</p><p>The second paragraph of the story, also long.</p></div><div class="sidebar"><p>A sidebar line.</p></div>`,
			want:   "The first paragraph of the story, which is long enough to win.\n\nThe second paragraph of the story, also long.\n",
			reason: "the story div holds most paragraph text; the menu and sidebar are left out",
		},
		{
			name:   "a teaser article loses to the main text",
			body:   `<div id="main"><p>The main story's first paragraph, with many words in it to count.</p><p>The main story's second paragraph, with many more words in it.</p><p>And a third paragraph of the main story to be sure.</p></div><div class="more"><article><p>A teaser.</p></article></div>`,
			want:   "The main story's first paragraph, with many words in it to count.\n\nThe main story's second paragraph, with many more words in it.\n\nAnd a third paragraph of the main story to be sure.\n",
			reason: "an <article> with far less paragraph text than another element is a teaser",
		},
		{
			name: "the article with the most text among several",
			body: `<article><p>Short one.</p></article><article><p>The long article, which has the most paragraph text of all.</p></article>`,
			want: "The long article, which has the most paragraph text of all.\n",
		},
		{
			name: "no paragraphs: the body",
			body: `<nav>Menu</nav><div>Just a line of text.</div><div>Another.</div>`,
			want: "Just a line of text.\n\nAnother.\n",
		},
		{
			name: "pre keeps its lines",
			body: "<article><pre>line one\nline two</pre></article>",
			want: "line one\nline two\n",
		},
		{
			name: "no text",
			body: "<nav>Menu only</nav><script>x()</script>",
			want: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML([]byte(htmlPage("<title>T</title>", tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, a.Text); diff != "" {
				t.Errorf("text (-want +got): %s\n%s", tt.reason, diff)
			}
		})
	}
}

func TestHTMLMetadata(t *testing.T) {
	type meta struct{ Title, Date, URL, Source string }
	tests := []struct {
		name, head, body string
		want             meta
	}{
		{
			name: "Open Graph and article meta",
			head: `<title>Headline here | Daily Courier</title><meta property="og:title" content="Headline here"><meta property="og:site_name" content="Daily Courier">
				<meta property="article:published_time" content="2024-03-26T08:15:00-05:00"><meta property="og:url" content="https://courier.example/a?x=1">
				<link rel="canonical" href="https://courier.example/a">`,
			body: `<article><p>Text.</p><time datetime="2020-01-01">old</time></article>`,
			want: meta{"Headline here", "2024-03-26", "https://courier.example/a", "Daily Courier"},
		},
		{
			name: "JSON-LD article in a graph",
			head: `<title>Ignored title - Gazette</title><script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"Gazette"},
				{"@type":["NewsArticle"],"headline":"LD headline","datePublished":"2024-02-20T16:40:00Z","url":"https://gazette.example/ld",
				"publisher":{"@type":"Organization","name":"The Gazette"}}]}</script>`,
			body: `<article><h1>H1 headline</h1><p>Text.</p></article>`,
			want: meta{"LD headline", "2024-02-20", "https://gazette.example/ld", "The Gazette"},
		},
		{
			name: "JSON-LD list, broken JSON-LD before it",
			head: `<script type="application/ld+json">{broken</script><script type="application/ld+json">[{"@type":"Person","name":"Jane"},
				{"@type":"ReportageNewsArticle","name":"LD name","datePublished":"March 3, 2024","mainEntityOfPage":{"@id":"https://x.example/p"},"publisher":[{"name":"Wire"}]}]</script>`,
			body: `<p>Text.</p>`,
			want: meta{"LD name", "2024-03-03", "https://x.example/p", "Wire"},
		},
		{
			name: "h1 of the body before <title>",
			head: `<title>Page title | Site</title>`,
			body: `<header><h1>Site logo</h1></header><article><h1>Body headline</h1><p>Text.</p></article>`,
			want: meta{Title: "Body headline"},
		},
		{
			name: "<title> without the site name",
			head: `<title>Rebels seize northern town - The Daily Post</title>`,
			body: `<article><p>Text.</p></article>`,
			want: meta{Title: "Rebels seize northern town"},
		},
		{
			name: "<title> with a known site name",
			head: `<title>Talks - and more talks | Harbor Wire News Service Online</title><meta property="og:site_name" content="Harbor Wire News Service Online">`,
			body: `<article><p>Text.</p></article>`,
			want: meta{Title: "Talks - and more talks", Source: "Harbor Wire News Service Online"},
		},
		{
			name: "meta date names",
			head: `<meta name="pubdate" content="20240405"><meta name="date" content="2023-01-01">`,
			body: `<article><p>Text.</p></article>`,
			want: meta{Date: "2024-04-05"},
		},
		{
			name: "itemprop datePublished",
			head: ``,
			body: `<article><meta itemprop="datePublished" content="2024-05-06"><p>Text.</p></article>`,
			want: meta{Date: "2024-05-06"},
		},
		{
			name: "<time> of the body before other <time>s",
			body: `<div class="teaser"><time datetime="2019-01-01">old</time></div><article><p>Text. <time datetime="2024-06-07T10:00">June 7</time></p></article>`,
			want: meta{Date: "2024-06-07"},
		},
		{
			name: "<time> text without datetime",
			body: `<article><p>Text.</p><time>June 8, 2024</time></article>`,
			want: meta{Date: "2024-06-08"},
		},
		{
			name: "<time> in boilerplate is not the date",
			body: `<article><p>Text.</p></article><aside class="related"><time datetime="2019-01-01">old</time></aside>`,
			want: meta{},
		},
		{
			name: "publisher meta",
			head: `<meta name="publisher" content="Press Agency">`,
			body: `<p>Text.</p>`,
			want: meta{Source: "Press Agency"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := HTML([]byte(htmlPage(tt.head, tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			got := meta{a.Title, a.Date, a.URL, a.Source}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("metadata (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFurnitureName(t *testing.T) {
	for name, want := range map[string]bool{
		"share-bar": true, "social": true, "related-stories": true, "newsletter_signup": true,
		"comments": true, "promo-box": true, "ad-slot": true, "ad": true, "top_ads": true,
		"story sharetools": true, "Advertisement": true, "cookie-banner": true, "breadcrumbs": true,
		"lead-paragraph": false, "headline": false, "masthead-title": false, "thread-body": false,
		"story-body": false, "commentary": false, "shadow": false, "": false, "article-content": false,
	} {
		if got := furnitureName(name); got != want {
			t.Errorf("furnitureName(%q) = %t, want %t", name, got, want)
		}
	}
}

// TestHTMLSamples reads the sample pages of testdata/inputs: each gives its
// metadata, and none of its page furniture reaches the text.
func TestHTMLSamples(t *testing.T) {
	tests := []struct {
		file        string
		title, date string
		url, source string
		has, hasNot []string
		paragraphs  int
	}{
		{
			file: "courier-fishing.html", title: "Peru summons Chilean ambassador over detained fishing boats", date: "2025-05-14",
			url: "https://andescourier.example/world/peru-chile-fishing", source: "The Andes Courier",
			has:        []string{"LIMA, Peru — Peru's Foreign Ministry summoned", "called the detention unacceptable.", "Talks planned", "Huaman said.\nThe crews"},
			hasNot:     []string{"Brazil", "Venezuela", "Uruguay", "Ecuador", "Share", "Bolivian", "Advertisement", "Sport", "Reporting by", "dataLayer", "Lucia Ferrer"},
			paragraphs: 4,
		},
		{
			file: "gazette-sanctions.htm", title: "EU sanctions Belarusian officials over border crisis", date: "2025-02-20",
			url: "https://balticgazette.example/2025/02/20/eu-belarus-sanctions", source: "Baltic Gazette",
			has:        []string{"VILNIUS, Lithuania", `"an act of economic war".`},
			hasNot:     []string{"Estonia", "Telegram", "Home", "News >"},
			paragraphs: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("..", "testdata", "inputs", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := HTML(data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Date != tt.date || a.URL != tt.url || a.Source != tt.source {
				t.Errorf("metadata %q, %q, %q, %q; want %q, %q, %q, %q", a.Title, a.Date, a.URL, a.Source, tt.title, tt.date, tt.url, tt.source)
			}
			for _, s := range tt.has {
				if !strings.Contains(a.Text, s) {
					t.Errorf("text lacks %q:\n%s", s, a.Text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(a.Text, s) {
					t.Errorf("text has %q:\n%s", s, a.Text)
				}
			}
			if n := len(strings.Split(strings.TrimSpace(a.Text), "\n\n")); n != tt.paragraphs {
				t.Errorf("%d paragraphs, want %d:\n%s", n, tt.paragraphs, a.Text)
			}
		})
	}
}

// TestHTMLDeepNesting checks that a deeply nested page is read, and that
// one nested deeper than the parser allows has its text read by the
// tokenizer, with a warning, not an error nor a crash.
func TestHTMLDeepNesting(t *testing.T) {
	nest := func(n int) []byte {
		return []byte(strings.Repeat("<div>", n) + "<p>Deep text.</p>" + strings.Repeat("</div>", n))
	}
	a, err := HTML(nest(400))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Deep text.") {
		t.Errorf("text %q lacks the deep paragraph", a.Text)
	}
	for _, n := range []int{600, 100000} {
		a, err := HTML(append([]byte("<title>Deep</title><script>var x;</script>"), nest(n)...))
		if err != nil {
			t.Fatalf("a page nested %d deep: %v", n, err)
		}
		if a.Text != "Deep text.\n" || a.Title != "Deep" || !strings.Contains(a.Warning, "without its structure") {
			t.Errorf("a page nested %d deep: text %q, title %q, warning %q", n, a.Text, a.Title, a.Warning)
		}
	}
}

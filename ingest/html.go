package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTML reads a news article out of an HTML page given as UTF-8 (the caller
// decodes other charsets). The body text is taken from the page's
// <article>, or when it has none (or only a teaser) from the element with
// the most paragraph text, leaving out navigation, headers and footers,
// asides, scripts, styles, forms, figure and table captions, hidden
// elements, and share bars, related links, newsletter boxes, comments,
// promotions and advertisements (by class or id). Paragraphs, headings,
// list items and other blocks become lines separated by blank lines; a
// <br> ends a line within one.
//
// The metadata, each from the first source that gives it:
//   - Title: og:title, the headline of the JSON-LD article, the first <h1>
//     of the body, the <title> without a trailing site name, any <h1>;
//   - Date: article:published_time, the JSON-LD datePublished, a meta
//     datePublished, date, pubdate or similar, the first <time> of the body,
//     any <time> (normalised by Date);
//   - URL: <link rel=canonical>, og:url, the JSON-LD url;
//   - Source: og:site_name, the JSON-LD publisher's name, a meta publisher.
//
// A page with no text gives an Article with empty Text. HTML fails only
// on a page nested deeper than the parser allows (512 open elements).
func HTML(data []byte) (*Article, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		// a page the parser refuses (elements nested too deep): its text
		// without its structure
		title, body := tokenText(data)
		return &Article{Text: body, Title: title,
			Warning: fmt.Sprintf("the page could not be parsed (%v): its text read without its structure", err),
		}, nil
	}
	p := &page{root: root, meta: map[string]string{}}
	p.scan()
	body := p.content()
	a := &Article{Text: text(body)}
	a.Title = p.title(body)
	a.Date = p.date(body)
	a.URL = first(p.canonical, p.meta["og:url"], p.ld.url)
	a.Source = first(p.meta["og:site_name"], p.ld.publisher, p.meta["publisher"], p.meta["dc.publisher"])
	return a, nil
}

// page is what a first pass over a page found.
type page struct {
	root      *html.Node
	meta      map[string]string // first content of each meta property, name or itemprop (lower case)
	canonical string            // href of <link rel=canonical>
	docTitle  string            // text of <title>
	ld        linkedData        // from the JSON-LD article
	times     []*html.Node      // <time> elements outside boilerplate, in document order
	h1        []*html.Node      // <h1> elements outside boilerplate, in document order
}

// linkedData is what a JSON-LD block says about the article.
type linkedData struct {
	found                          bool // an Article-like object was read
	headline, date, url, publisher string
}

// scan collects the metadata of the page: <meta>, <link>, <title>, JSON-LD
// blocks, <time> and <h1> elements.
func (p *page) scan() {
	walk(p.root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			content, ok := attr(n, "content")
			if !ok {
				return false
			}
			for _, k := range []string{"property", "name", "itemprop"} {
				if key := strings.ToLower(strings.TrimSpace(attrOr(n, k))); key != "" {
					if _, seen := p.meta[key]; !seen {
						p.meta[key] = clean(content)
					}
				}
			}
			return false
		case atom.Link:
			if p.canonical == "" && hasToken(attrOr(n, "rel"), "canonical") {
				p.canonical = strings.TrimSpace(attrOr(n, "href"))
			}
			return false
		case atom.Title:
			if p.docTitle == "" && !inSVG(n) {
				p.docTitle = clean(nodeText(n))
			}
			return false
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attrOr(n, "type")), "application/ld+json") {
				p.readLinkedData(nodeText(n))
			}
			return false
		case atom.Time:
			p.times = append(p.times, n)
		case atom.H1:
			p.h1 = append(p.h1, n)
		}
		return !boilerplate(n)
	}, nil)
}

// articleTypes are the schema.org types of news articles.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "reportagenewsarticle": true, "analysisnewsarticle": true,
	"backgroundnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"askpublicnewsarticle": true, "blogposting": true, "liveblogposting": true, "report": true,
	"scholarlyarticle": true, "socialmediaposting": true,
}

// readLinkedData reads a JSON-LD block and keeps the first Article-like
// object in it (looking into arrays and @graph).
func (p *page) readLinkedData(src string) {
	if p.ld.found {
		return
	}
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return // pages often carry broken JSON-LD
	}
	var visit func(v any, depth int) bool
	visit = func(v any, depth int) bool {
		if depth > 8 {
			return false
		}
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				if visit(x, depth+1) {
					return true
				}
			}
		case map[string]any:
			if isArticleType(v["@type"]) {
				p.ld = linkedData{
					found:     true,
					headline:  first(str(v["headline"]), str(v["name"])),
					date:      first(Date(str(v["datePublished"])), Date(str(v["dateCreated"]))),
					url:       first(str(v["url"]), str(v["mainEntityOfPage"]), str(field(v["mainEntityOfPage"], "@id")), str(field(v["mainEntityOfPage"], "url"))),
					publisher: first(str(v["publisher"]), str(field(v["publisher"], "name")), str(field(index(v["publisher"], 0), "name"))),
				}
				return true
			}
			if visit(v["@graph"], depth+1) {
				return true
			}
		}
		return false
	}
	visit(v, 0)
}

// isArticleType reports whether a JSON-LD @type (a string or a list of
// them) names a kind of article.
func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[strings.ToLower(t)]
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

// str returns v when it is a string, cleaned, else "".
func str(v any) string {
	s, _ := v.(string)
	return clean(s)
}

// field returns the value of key in v when v is an object.
func field(v any, key string) any {
	if m, ok := v.(map[string]any); ok {
		return m[key]
	}
	return nil
}

// index returns v[i] when v is an array long enough.
func index(v any, i int) any {
	if a, ok := v.([]any); ok && i < len(a) {
		return a[i]
	}
	return nil
}

// content returns the element that holds the article's text: the <article>
// with the most paragraph text, unless some other element holds more than
// twice as much paragraph text; else the element with the most paragraph
// text (its own paragraphs count twice, its children's once); else <body>.
func (p *page) content() *html.Node {
	var (
		body      *html.Node
		articles  []*html.Node           // <article> elements, in document order
		open      []*html.Node           // <article> elements being walked, innermost last
		inArticle = map[*html.Node]int{} // paragraph text in each <article>
		score     = map[*html.Node]int{}
		bestNode  *html.Node
		bestScore int
	)
	credit := func(n *html.Node, s int) {
		score[n] += s
		if score[n] > bestScore {
			bestNode, bestScore = n, score[n]
		}
	}
	walk(p.root, func(n *html.Node) bool {
		if n.Type == html.DocumentNode {
			return true
		}
		if n.Type != html.ElementNode {
			return false
		}
		if n.DataAtom == atom.Body && body == nil {
			body = n
		}
		if dropped(n) {
			return false
		}
		switch n.DataAtom {
		case atom.Article:
			open = append(open, n)
			articles = append(articles, n)
		case atom.P:
			l := len(clean(textOf(n)))
			if len(open) > 0 {
				inArticle[open[len(open)-1]] += l
			}
			if par := n.Parent; par != nil && par.Type == html.ElementNode {
				credit(par, 2*l)
				if g := par.Parent; g != nil && g.Type == html.ElementNode {
					credit(g, l)
				}
			}
			return false
		}
		return true
	}, func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Article && len(open) > 0 {
			open = open[:len(open)-1]
			if len(open) > 0 {
				inArticle[open[len(open)-1]] += inArticle[n]
			}
		}
	})
	var bestArticle *html.Node
	articleScore := -1
	for _, a := range articles {
		if s := inArticle[a]; s > articleScore {
			bestArticle, articleScore = a, s
		}
	}
	switch {
	case bestArticle != nil && 4*articleScore >= bestScore:
		return bestArticle
	case bestNode != nil:
		return bestNode
	case body != nil:
		return body
	}
	return p.root
}

// contains reports whether n is a descendant of a (or a itself).
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// title returns the article's headline.
func (p *page) title(body *html.Node) string {
	site := first(p.meta["og:site_name"], p.ld.publisher)
	if t := stripSiteName(first(p.meta["og:title"], p.ld.headline), site, false); t != "" {
		return t
	}
	for _, h := range p.h1 {
		if contains(body, h) {
			if t := clean(textOf(h)); t != "" {
				return t
			}
		}
	}
	if t := stripSiteName(p.docTitle, site, true); t != "" {
		return t
	}
	for _, h := range p.h1 {
		if t := clean(textOf(h)); t != "" {
			return t
		}
	}
	return ""
}

// titleSeparators are what pages put between a headline and the site name
// in <title>.
var titleSeparators = []string{" | ", " - ", " — ", " – ", " :: ", " · "}

// stripSiteName removes a trailing site name from a title: the given
// site, or when guess is true a short last part after a separator
// ("Headline | Daily Courier").
func stripSiteName(title, site string, guess bool) string {
	if site != "" {
		for _, sep := range titleSeparators {
			if h, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(h) != "" {
				return strings.TrimSpace(h)
			}
		}
	}
	if !guess {
		return title
	}
	cut, width := -1, 0
	for _, sep := range titleSeparators {
		if i := strings.LastIndex(title, sep); i > cut {
			cut, width = i, len(sep)
		}
	}
	if cut > 0 {
		head, tail := title[:cut], title[cut+width:]
		if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// dateKeys are the meta properties, names and itemprops that give the
// publication date, best first.
var dateKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "article.published",
	"publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
	"citation_publication_date", "og:published_time",
}

// date returns the publication date.
func (p *page) date(body *html.Node) string {
	if d := Date(p.meta["article:published_time"]); d != "" {
		return d
	}
	if p.ld.date != "" {
		return p.ld.date
	}
	for _, k := range dateKeys[1:] {
		if d := Date(p.meta[k]); d != "" {
			return d
		}
	}
	timeDate := func(n *html.Node) string {
		if v, ok := attr(n, "datetime"); ok {
			return Date(v)
		}
		return Date(clean(textOf(n)))
	}
	for _, t := range p.times {
		if hasToken(attrOr(t, "itemprop"), "datePublished") || hasAttr(t, "pubdate") {
			if d := timeDate(t); d != "" {
				return d
			}
		}
	}
	for _, inBody := range []bool{true, false} {
		for _, t := range p.times {
			if contains(body, t) == inBody {
				if d := timeDate(t); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// dropTags are the elements whose text is never article text.
var dropTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Audio: true, atom.Video: true, atom.Figcaption: true, atom.Caption: true,
	atom.Dialog: true, atom.Menu: true, atom.Head: true, atom.Title: true,
}

// boilerplateRoles are ARIA roles of page furniture.
var boilerplateRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "menu": true, "menubar": true, "dialog": true, "alert": true,
}

// boilerplateWords start the words of a class or id that marks page
// furniture: "share-bar", "social", "related-stories", "newsletter-signup",
// "comments", "promo", "ad-slot".
var boilerplateWords = []string{
	"share", "sharing", "social", "related", "newsletter", "comment", "promo",
	"advert", "sponsor", "subscri", "cookie", "breadcrumb", "paywall", "outbrain", "taboola",
}

// dropped reports whether the text of element n is left out of the article.
func dropped(n *html.Node) bool {
	return dropTags[n.DataAtom] || boilerplate(n)
}

// boilerplate reports whether element n is page furniture by its role,
// class or id, or is hidden.
func boilerplate(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Nav, atom.Aside, atom.Footer, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Form:
		return true
	case atom.Html, atom.Body:
		return false
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attrOr(n, "aria-hidden"), "true") {
		return true
	}
	if boilerplateRoles[strings.ToLower(strings.TrimSpace(attrOr(n, "role")))] {
		return true
	}
	return furnitureName(attrOr(n, "class")) || furnitureName(attrOr(n, "id"))
}

// furnitureName reports whether a class list or id names page furniture:
// one of its words (split at spaces, hyphens and underscores) starts with
// one of boilerplateWords, or is "ad" or "ads" ("ad-slot", "top_ads"; not
// "lead-paragraph" or "headline").
func furnitureName(s string) bool {
	if s == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '-' || r == '_'
	}) {
		if w == "ad" || w == "ads" || w == "advertisement" {
			return true
		}
		if w == "commentary" {
			continue // opinion pieces are articles
		}
		for _, b := range boilerplateWords {
			if strings.HasPrefix(w, b) {
				return true
			}
		}
	}
	return false
}

// blockTags are the elements that start and end a line of text.
var blockTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Blockquote: true, atom.Body: true, atom.Center: true,
	atom.Dd: true, atom.Details: true, atom.Dir: true, atom.Div: true, atom.Dl: true, atom.Dt: true,
	atom.Fieldset: true, atom.Figure: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true, atom.Main: true,
	atom.Ol: true, atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tbody: true, atom.Td: true, atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true,
	atom.Ul: true, atom.Header: true, atom.Footer: true, atom.Nav: true, atom.Aside: true,
	atom.Form: true, atom.Html: true,
}

// text returns the article text under root: a line per paragraph, heading
// or other block, separated by blank lines, with runs of white space made
// one space; a <br> ends a line within a block.
func text(root *html.Node) string {
	var (
		out  strings.Builder
		line strings.Builder
		sep  string // what goes before the next line: "", "\n" or "\n\n"
		pre  int    // depth of <pre> elements
	)
	flush := func(next string) {
		if l := strings.Join(strings.Fields(line.String()), " "); l != "" {
			out.WriteString(sep)
			out.WriteString(l)
			sep = ""
		}
		line.Reset()
		if out.Len() > 0 && len(next) > len(sep) {
			sep = next
		}
	}
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			if pre > 0 {
				lines := strings.Split(n.Data, "\n")
				for i, l := range lines {
					if i > 0 {
						flush("\n")
					}
					line.WriteString(l)
				}
				return false
			}
			line.WriteString(n.Data)
			return false
		case html.ElementNode:
			if n != root && dropped(n) {
				return false
			}
			switch {
			case n.DataAtom == atom.Br:
				flush("\n")
			case blockTags[n.DataAtom]:
				flush("\n\n")
			}
			if n.DataAtom == atom.Pre {
				pre++
			}
			return true
		case html.DocumentNode:
			return true
		}
		return false
	}, func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if n.DataAtom == atom.Pre {
			pre--
		}
		if blockTags[n.DataAtom] {
			flush("\n\n")
		}
	})
	flush("")
	s := out.String()
	if s == "" {
		return ""
	}
	return sanitize(s) + "\n"
}

// sanitize makes s valid UTF-8 without NUL characters, as extract.Parse
// requires.
func sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return s
}

// textOf returns the text under n, without that of dropped elements.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
			return false
		case html.ElementNode:
			return c == n || !dropped(c)
		}
		return true
	}, nil)
	return b.String()
}

// nodeText returns all the text under n (of a <title> or <script>).
func nodeText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// walk visits the tree under root in document order without recursion
// (pages can nest deeply): enter is called on each node, and its children
// are visited when it returns true; leave, when not nil, is called after
// the children of a node that enter returned true for.
func walk(root *html.Node, enter func(*html.Node) bool, leave func(*html.Node)) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{root, false}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.leave {
			leave(f.n)
			continue
		}
		if !enter(f.n) {
			continue
		}
		if leave != nil {
			stack = append(stack, frame{f.n, true})
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, false})
		}
	}
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrOr returns the value of n's attribute key, or "".
func attrOr(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return v
}

// hasAttr reports whether n has the attribute key.
func hasAttr(n *html.Node, key string) bool {
	_, ok := attr(n, key)
	return ok
}

// hasToken reports whether the space-separated list s holds tok, ignoring
// case.
func hasToken(s, tok string) bool {
	for _, f := range strings.Fields(s) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// inSVG reports whether n is inside an <svg> (whose <title> is not the
// page's).
func inSVG(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Svg || p.Namespace == "svg" {
			return true
		}
	}
	return n.Namespace == "svg"
}

// clean makes runs of white space one space and trims s; the result is
// valid UTF-8.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Join(strings.Fields(s), " ")
}

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// tokenText reads the title and the text of a page with the tokenizer
// alone, for a page the parser refuses: the text of each block element
// (paragraph, heading, list item, ...) as a line, with a blank line
// between them, leaving out scripts, styles and the head.
func tokenText(data []byte) (title, body string) {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out, line, head strings.Builder
	skip := 0 // depth inside script, style and the like
	inTitle := false
	flush := func() {
		if t := strings.Join(strings.Fields(line.String()), " "); t != "" {
			if out.Len() > 0 {
				out.WriteString("\n\n")
			}
			out.WriteString(t)
		}
		line.Reset()
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			flush()
			if b := out.String(); b != "" {
				body = sanitize(b) + "\n"
			}
			return sanitize(strings.Join(strings.Fields(head.String()), " ")), body
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Head:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case atom.Title:
				inTitle = tt == html.StartTagToken
			case atom.P, atom.Div, atom.Br, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li,
				atom.Tr, atom.Article, atom.Section, atom.Blockquote, atom.Pre, atom.Table, atom.Ul, atom.Ol, atom.Header, atom.Footer:
				flush()
			}
		case html.TextToken:
			switch {
			case inTitle:
				head.Write(z.Text())
			case skip == 0:
				line.Write(z.Text())
				line.WriteByte(' ')
			}
		}
	}
}

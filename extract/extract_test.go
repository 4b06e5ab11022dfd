package extract

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsgraph/newsgraph/extract/names"
)

var (
	testOnce sync.Once
	testX    *Extractor
	testErr  error
)

func extractor(t testing.TB) *Extractor {
	t.Helper()
	testOnce.Do(func() { testX, testErr = New() })
	if testErr != nil {
		t.Fatal(testErr)
	}
	return testX
}

func run(t testing.TB, text string) *Result {
	t.Helper()
	doc, err := Parse("t.txt", "t.txt", []byte(text), ParseOptions{Date: "2024-03-26"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := extractor(t).Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// entitySet renders entities as "key type label".
func entitySet(r *Result) []string {
	var out []string
	for _, e := range r.Entities {
		out = append(out, e.Key+" "+string(e.Type)+" "+e.Label)
	}
	sort.Strings(out)
	return out
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // entries that must be present
		not  []string // keys that must be absent
	}{
		{
			name: "a name before the noun of a body's kind, past words that describe the body, is of that kind; a graded creed before it is no part of it",
			text: "Headline\n\nThe rival, mostly Muslim Tarkana rebel alliance overthrew President Ana Ruiz.",
			want: []string{"organization:tarkana organization Tarkana"},
			not:  []string{"person:tarkana", "location:tarkana", "organization:muslim-tarkana", "person:muslim-tarkana"},
		},
		{
			name: "a name the tagger was unsure was a person's, where something happens, is a place's; one it was sure of, or one a given name opens, stays a person's",
			text: "Headline\n\nFighting in Kumar Sanje left ten dead. The talks were held at Ana Ruiz's office. Brian McRae singled in Tyler Kovac in the ninth inning.",
			want: []string{"location:kumar-sanje location Kumar Sanje", "person:ana-ruiz person Ana Ruiz", "person:tyler-kovac person Tyler Kovac"},
			not:  []string{"person:kumar-sanje", "location:tyler-kovac"},
		},
		{
			name: "the names of treaties, accords and years of a cause are no actors",
			text: "Headline\n\nPeru and Chile signed the Treaty of Tolvar Friendship and the Lima Accord, and declared the Year of Andean Friendship.",
			want: []string{"country:PER country Peru", "country:CHL country Chile"},
			not:  []string{"organization:treaty-of-tolvar-friendship", "organization:lima-accord", "organization:year-of-andean-friendship", "location:lima"},
		},
		{
			name: "capitalised words ending in a company's head word are a company, whatever the tagger made of them",
			text: "Headline\n\nNovartis acquired its US affiliate Eon Labs on Monday.",
			want: []string{"organization:eon-labs organization Eon Labs"},
		},
		{
			name: "a name the tagger was unsure of before the noun of a medium's kind is the medium's",
			text: "Headline\n\nLuis Vega told Marca Sanje newspaper.",
			want: []string{"organization:marca-sanje organization Marca Sanje"},
			not:  []string{"person:marca-sanje"},
		},
		{
			name: "a name that ends as places of land or water do is a place's where the tagger was unsure of a body; one it was sure of stays a body's",
			text: "Headline\n\nMining on the Kestrel Plateau resumed. The Association for Relations Across the Tolvar Straits met on Monday.",
			want: []string{"location:kestrel-plateau location Kestrel Plateau", "organization:association-for-relations-across-the-tolvar-straits organization Association for Relations Across the Tolvar Straits"},
			not:  []string{"organization:kestrel-plateau"},
		},
		{
			name: "and an airline's name ending in Air is one",
			text: "Headline\n\nChile's regulator approved a deal by Daesan Air to buy Tarvo Airlines.",
			want: []string{"organization:daesan-air organization Daesan Air"},
		},
		{
			name: "a name the story uses as a company's anywhere is a company's in every mention",
			text: "Headline\n\nMorana will gain the right to sell its car division to Leyland. Reports of deadlocked talks in Turin sent Morana shares down.",
			want: []string{"organization:morana organization Morana"},
			not:  []string{"location:morana", "person:morana"},
		},
		{
			name: "a known name with more capitals as the story writes it takes the story's spelling",
			text: "Headline\n\nUFJ Holdings rejected the offer on Monday.",
			want: []string{"organization:ufj-holdings organization UFJ Holdings"},
		},
		{
			name: "a name in apposition to the noun of its kind, after its article, is of that kind",
			text: "Headline\n\nLuis Vega, a spokeswoman for the main opposition party, Chadema, accused the government.",
			want: []string{"organization:chadema organization Chadema"},
			not:  []string{"location:chadema"},
		},
		{
			name: "a name a body's kind is said of in apposition after it is of that kind; not one a clause of its own follows",
			text: "Headline\n\nKalinda, a privately owned daily that publishes in Quechua, quoted the police. Police shot six men in the city of Tambora, the national news agency reported.",
			want: []string{"organization:kalinda organization Kalinda"},
			not:  []string{"person:kalinda", "location:kalinda", "organization:tambora"},
		},
		{
			name: "a known name after a particle in lower case is that name",
			text: "Headline\n\nThe group is linked to al Qaeda.",
			want: []string{"organization:al-qaeda organization al-Qaeda"},
		},
		{
			name: "but a person named there stays a person",
			text: "Headline\n\nHe thanked the founder of the party, Ana Ruiz, on Monday.",
			want: []string{"person:ana-ruiz person Ana Ruiz"},
			not:  []string{"organization:ana-ruiz"},
		},
		{
			name: "a name that ends in a company's trade is a company's, whatever the tagger saw; a surname that is a trade word is no trade",
			text: "Headline\n\nDaesan Semiconductor rejected an offer from Huaxin Electronics. David Steel said so.",
			want: []string{"organization:daesan-semiconductor organization Daesan Semiconductor", "organization:huaxin-electronics organization Huaxin Electronics", "person:david-steel person David Steel"},
		},
		{
			name: "an acronym said as a word, in brackets after a body's name and the place in it, is the body's",
			text: "Headline\n\nPeacekeepers from the UN Support Mission in Peru (Minusper) raided a slum. Minusper said two men died.",
			want: []string{"organization:un-support-mission organization UN Support Mission"},
			not:  []string{"location:minusper", "organization:minusper", "person:minusper"},
		},
		{
			name: "a creed or a common abbreviation alone names no actor",
			text: "Headline\n\nSunni and Shia leaders met in Baghdad. Prices of LNG and LPG rose in Asia. \"By God we will win,\" they said.",
			want: []string{"location:baghdad location Baghdad"},
			not:  []string{"person:sunni", "organization:sunni", "organization:shia", "person:shia", "organization:lng", "organization:lpg", "person:god", "organization:god"},
		},
		{
			name: "what a takeover or a stake is of is a company",
			text: "Headline\n\nHe noted Tata Steel's takeover of Corus. Vezzani bought a stake in Kerlin.",
			want: []string{"organization:corus organization Corus", "organization:kerlin organization Kerlin"},
			not:  []string{"location:corus", "person:corus", "location:kerlin", "person:kerlin"},
		},
		{
			name: "an airline whose name holds a country's is the airline",
			text: "Headline\n\nAir France cut 500 jobs. Shares in Korean Air fell.",
			want: []string{"organization:air-france organization Air France", "organization:korean-air organization Korean Air"},
			not:  []string{"country:FRA", "country:KOR"},
		},
		{
			name: "a name after the noun of an organization's kind is an organization's",
			text: "Headline\n\nThe Dutch steelmaker Kerlin bought Pontel. Italian carmaker Vezzani sold a plant. The state energy company Ukrenergo cut power.",
			want: []string{"organization:kerlin organization Kerlin", "organization:vezzani organization Vezzani", "organization:ukrenergo organization Ukrenergo"},
			not:  []string{"person:kerlin", "person:vezzani", "person:ukrenergo"},
		},
		{
			name: "a place the lexicon knows after a preposition of place is a place, whatever the tagger says",
			text: "Headline\n\nCorus will keep its plants in Wales and Yorkshire, Tata said.",
			want: []string{"location:wales location Wales", "location:yorkshire location Yorkshire"},
			not:  []string{"organization:yorkshire"},
		},
		{
			name: "an acronym of another country's organization names another one",
			text: "Headline\n\nGazprom bought a stake in Serbian oil company NIS.",
			want: []string{"organization:nis organization NIS"},
			not:  []string{"organization:national-intelligence-service"},
		},
		{
			name: "an acronym of the same country's organization is that one",
			text: "Headline\n\nThe South Korean spy agency NIS said so.",
			want: []string{"organization:national-intelligence-service organization National Intelligence Service"},
		},
		{
			name: "a church's name before a title names no actor",
			text: "Headline\n\nMaronite Patriarch Nasrallah Tolvar and Anglican leaders met in Beirut.",
			want: []string{"person:nasrallah-tolvar person Nasrallah Tolvar"},
			not:  []string{"organization:maronite", "location:maronite", "organization:anglican", "person:anglican"},
		},
		{
			name: "words in lower case before a name describe it, though the lexicon knows them as a name",
			text: "Headline\n\nThe Palestinian Islamic group Hamas met the Democratic party in Lima.",
			want: []string{"organization:hamas organization Hamas", "organization:democratic-party organization Democratic Party"},
			not:  []string{"organization:jemaah-islamiya-ji"},
		},
		{
			name: "the article opening a sentence is no part of a name the lexicon knows",
			text: "Headline\n\nThe Home Office deported Hugo Alvarez. The Hague hosted the talks.",
			want: []string{"organization:home-office organization Home Office", "location:the-hague location The Hague"},
		},
		{
			name: "a body named for its purpose, which the tagger splits at to",
			text: "Headline\n\nThe Committee to Protect Tolvar Bloggers condemned the arrest.",
			want: []string{"organization:committee-to-protect-tolvar-bloggers organization Committee to Protect Tolvar Bloggers"},
		},
		{
			name: "a one-word name written with an oil company's word is a company",
			text: "Headline\n\nOfficials from Sudneft visited Lima.",
			want: []string{"organization:sudneft organization Sudneft"},
			not:  []string{"location:sudneft"},
		},
		{
			name: "a party's one ordinary word in a story about its country, and the Commons",
			text: "Howard attacks Blair\n\nConservative leader Michael Howard accused Tony Blair of misleading the Commons.",
			want: []string{"organization:conservative-party organization Conservative Party", "organization:house-of-commons organization House of Commons"},
		},
		{
			name: "a party's one ordinary word in a story about another country that never names its own",
			text: "Malta votes\n\nMalta's opposition Labour won the election in Valletta on Saturday. Labour leader Alfred Sant said Malta would stay out of the EU.",
			want: []string{"organization:labour organization Labour"},
			not:  []string{"organization:labour-party"},
		},
		{
			name: "a party's word only the lexicon knows, in a story about another country, is no name",
			text: "Greece votes\n\nThe Conservative opposition New Democracy promised tax cuts in Athens. Greece will vote in September.",
			want: []string{"organization:new-democracy organization New Democracy"},
			not:  []string{"organization:conservative-party", "organization:conservative"},
		},
		{
			name: "a name goes on over the particle wa, and a state's former name is the state",
			text: "Headline\n\nPrime Minister Mwangi wa Kamau met Zaire's president on Monday. Kamau said the talks went well.",
			want: []string{"person:mwangi-wa-kamau person Mwangi wa Kamau", "country:COD country Democratic Republic of Congo"},
			not:  []string{"person:mwangi", "person:kamau"},
		},
		{
			name: "an organization's head word alone, named twice, is the organization",
			text: "Headline\n\nMicrosoft lost its appeal against a European Commission ruling. The court backed the Commission's demand that Microsoft share information, and the Commission said it would act.",
			want: []string{"organization:european-commission organization European Commission"},
			not:  []string{"organization:commission"},
		},
		{
			name: "a known name's words after an indefinite article, ending in a common noun, are no name",
			text: "Headline\n\nThe rebels want to establish a purist Islamic state in the region.",
			not:  []string{"organization:islamic-state"},
		},
		{
			name: "a long name its acronym spells is one organization",
			text: "Headline\n\nPolice arrested 20 members of the Movement for the Restoration of the Valdor Republic (MRVR) on Monday.",
			want: []string{"organization:movement-for-the-restoration-of-the-valdor-republic organization Movement for the Restoration of the Valdor Republic"},
		},
		{
			name: "a treaty its acronym spells is no organization",
			text: "Headline\n\nChile blocked the Comprehensive Test Ban Treaty (CTBT) on Monday.",
			not:  []string{"organization:comprehensive-test-ban-treaty"},
		},
		{
			name: "two peoples' hyphenated adjective is no place, and names the country it holds",
			text: "Headline\n\nA French minister threatened import curbs as the leaders of the two countries sought to ease tensions in Franco-German relations. The Sino-Thai deal was signed. It hurt US-PRC relations.",
			want: []string{"country:DEU country Germany", "country:THA country Thailand"},
			not:  []string{"location:franco-german", "organization:sino-thai", "organization:us-prc"},
		},
		{
			name: "an acronym the document spells out is its expansion, not the lexicon's other name",
			text: "Army retakes palace from RSF\n\nThe army fought the paramilitary Rapid Support Forces in Khartoum. The RSF withdrew.",
			want: []string{"organization:rapid-support-forces organization Rapid Support Forces"},
			not:  []string{"organization:reporters-without-borders"},
		},
		{
			name: "an acronym the lexicon knows, with its own expansion",
			text: "Headline\n\nReporters Without Borders (RSF) condemned the arrest. RSF said the journalist was held in Khartoum.",
			want: []string{"organization:reporters-without-borders organization Reporters Without Borders"},
		},
		{
			name: "an organization called by its last word",
			text: "Headline\n\nThe Valdor Mariners beat the Kestrel Comets. The Mariners won again.",
			want: []string{"organization:valdor-mariners organization Valdor Mariners"},
			not:  []string{"organization:mariners"},
		},
		{
			name: "a company the lexicon knows, with the word that says it is a company",
			text: "Headline\n\nMicrosoft Corp. said on Monday that its profit rose. Microsoft will hire 500 people.",
			want: []string{"organization:microsoft organization Microsoft"},
			not:  []string{"organization:microsoft-corp"},
		},
		{
			name: "a place named after someone with a title is a place",
			text: "Headline\n\nHis journey started last week in Prince Rupert, British Columbia.",
			want: []string{"location:prince-rupert location Prince Rupert"},
			not:  []string{"person:rupert"},
		},
		{
			name: "an honorific opening a body's name is no honorific",
			text: "Headline\n\nJorge Vidal, president of Miss Chile Inc, said sales rose.",
			not:  []string{"person:chile-inc"},
		},
		{
			name: "a rank word opening a body's name is no rank",
			text: "Headline\n\nGeneral Motors cut 2,000 jobs. Major League Baseball said the talks had failed. MAJOR LEAGUE BASEBALL STANDINGS",
			want: []string{"organization:general-motors organization General Motors"},
			not:  []string{"person:motors", "person:league-baseball", "person:league-baseball-standings"},
		},
		{
			name: "an organization split at and after its of is one",
			text: "Headline\n\nThe Ministry of Trade and Industry said on Monday it would act.",
			want: []string{"organization:ministry-of-trade-and-industry organization Ministry of Trade and Industry"},
			not:  []string{"organization:industry", "organization:ministry-of-trade"},
		},
		{
			name: "a ministry named Ministry of and its field is one, apart from the person after it",
			text: "Headline\n\nArmenian Ministry of Defence spokeswoman Ana Tolvar denied it. The Azerbaijani Ministry of Defence said troops fired.",
			want: []string{"organization:armenian-ministry-of-defence organization Armenian Ministry of Defence", "person:ana-tolvar person Ana Tolvar",
				"organization:azerbaijani-ministry-of-defence organization Azerbaijani Ministry of Defence"},
			not: []string{"person:defence-ana-tolvar", "organization:azerbaijani-ministry", "organization:defence"},
		},
		{
			name: "a company the lexicon knows that the tagger took for a place acts as a company",
			text: "Headline\n\nAmazon agreed to buy Whole Foods on Friday.",
			want: []string{"organization:amazon organization Amazon"},
			not:  []string{"location:amazon"},
		},
		{
			name: "initials without full stops open a person's name",
			text: "Headline\n\nPakistan summoned Indian envoy J P Singh on Monday. India named R K Mishra as its new envoy.",
			want: []string{"person:j-p-singh person J P Singh", "person:r-k-mishra person R K Mishra"},
			not:  []string{"person:p-singh", "organization:p-singh", "organization:k-mishra"},
		},
		{
			name: "a place the tagger finds is one place with the facility noun after it",
			text: "Headline\n\nThe plane from Chile landed at Tolvaren airport on Monday. Guards at Mirovka prison beat two men.",
			want: []string{"location:tolvaren-airport location Tolvaren airport", "location:mirovka-prison location Mirovka prison"},
			not:  []string{"location:tolvaren", "location:mirovka"},
		},
		{
			name: "a facility noun after an indefinite article names none: one of the place's",
			text: "Headline\n\nThe wounded were taken to a Baghdad hospital on Monday.",
			want: []string{"location:baghdad location Baghdad"},
			not:  []string{"location:baghdad-hospital"},
		},
		{
			name: "a name with an apostrophe inside is one name, and a company's abbreviation keeps its period",
			text: "Headline\n\nSean O'Malley met Norwest Corp. officials in Dublin on Monday.",
			want: []string{"person:sean-o-malley person Sean O'Malley", "organization:norwest-corp organization Norwest Corp."},
			not:  []string{"person:sean-o"},
		},
		{
			name: "a legislature named by its country's adjective or possessive",
			text: "Headline\n\nThe Estonian parliament refused a second mandate for Lennart Meri. Poland's senate met. The European Parliament met in the parliament of Chile.",
			want: []string{"organization:estonian-parliament organization Estonian Parliament", "organization:polish-senate organization Polish Senate", "country:EST country Estonia"},
			not:  []string{"organization:chile-parliament", "organization:european-parliament-parliament"},
		},
		{
			name: "a legislature named alone is the legislature of the country the headline names, and a demonym in -er gives the name",
			text: "Thailand votes\n\nThe prime minister may dissolve parliament soon. New Zealand's Parliament was hacked.",
			want: []string{"organization:thai-parliament organization Thai Parliament", "organization:new-zealand-parliament organization New Zealand Parliament"},
			not:  []string{"organization:new-zealander-parliament"},
		},
		{
			name: "an acronym before a title and its holder's name is an organization",
			text: "Headline\n\nKDPI deputy leader Ana Ruiz said the talks had failed.",
			want: []string{"organization:kdpi organization KDPI", "person:ana-ruiz person Ana Ruiz"},
		},
		{
			name: "a party's name before a title in the plural is the party's",
			text: "Headline\n\nTory MPs and the House of Representatives debated it.",
			want: []string{"organization:conservative-party organization Conservative Party"},
			not:  []string{"person:tory-mps", "person:tory", "organization:house-of"},
		},
		{
			name: "the plural of an abbreviation names no one",
			text: "Headline\n\nThe prime minister accused foreign-funded NGOs of organising the unrest. UAVs struck Peru.",
			want: []string{"country:PER country Peru"},
			not:  []string{"organization:ngos", "organization:uavs", "person:uavs"},
		},
		{
			name: "the country that owns an office and that the text does not name is an entity under its name",
			text: "Headline\n\nChancellor Gordon Brown defended the budget.",
			want: []string{"country:GBR country United Kingdom", "person:gordon-brown person Gordon Brown"},
		},
		{
			name: "another spelling of a name the lexicon knows",
			text: "Headline\n\nThe Taleban captured the town. Al-Qa'ida denied it.",
			want: []string{"organization:taliban organization Taliban", "organization:al-qaeda organization al-Qaeda"},
		},
		{
			name: "a ministry named by its field after its country, or alone",
			text: "Headline\n\nThe UAE foreign ministry said it had no comment. The Russian Interior Ministry said rebels attacked. The interior ministry denied it. A finance ministry official spoke.",
			want: []string{"organization:uae-foreign-ministry organization UAE Foreign Ministry", "organization:russian-interior-ministry organization Russian Interior Ministry", "organization:interior-ministry organization Interior Ministry"},
			not:  []string{"organization:finance-ministry"},
		},
		{
			name: "a ceasefire line is a place",
			text: "Headline\n\nIndia and Pakistan agreed to open a bus service across the Line of Control in Kashmir.",
			want: []string{"location:line-of-control location Line of Control"},
			not:  []string{"organization:line-of-control"},
		},
		{
			name: "a company a country owns keeps its own name",
			text: "Headline\n\nGazprom has signed a deal with Germany's E.ON to build a pipeline.",
			want: []string{"organization:e-on organization E.ON"},
			not:  []string{"organization:germany-e-on"},
		},
		{
			name: "the adjective of a region's people names no country",
			text: "Headline\n\nVenezuela expelled diplomats from seven Latin American countries. Central American leaders met in Chile.",
			want: []string{"country:VEN country Venezuela"},
			not:  []string{"country:USA"},
		},
		{
			name: "a building that stands for who works in it is a place, whatever the name tagger says",
			text: "Headline\n\nThe Pentagon denied the report on Monday.",
			want: []string{"location:pentagon location Pentagon"},
			not:  []string{"organization:pentagon"},
		},
		{
			name: "the head word of an organization alone, with none named, is no actor",
			text: "Headline\n\nThe Commission said on Monday that the Guard had left.\nThe Islamic Revolutionary Guard Corps denied it.",
			want: []string{"organization:islamic-revolutionary-guard-corps organization Islamic Revolutionary Guard Corps"},
			not:  []string{"organization:commission"},
		},
		{
			name: "a lone word and an organization's name after it are one name",
			text: "Headline\n\nLeaders appeared before the Truth and Reconciliation Commission last week.",
			want: []string{"organization:truth-and-reconciliation-commission organization Truth and Reconciliation Commission"},
			not:  []string{"location:truth", "organization:reconciliation-commission"},
		},
		{
			name: "an acronym written as a word in brackets after an organization is its name",
			text: "Headline\n\nThe Tolvaren Liberation Front (Tolf) attacked a town. Tolf fighters later withdrew.",
			want: []string{"organization:tolvaren-liberation-front organization Tolvaren Liberation Front"},
			not:  []string{"organization:tolf"},
		},
		{
			name: "a nationality and a people after an indefinite article name one person, no organization",
			text: "Headline\n\nEgypt has released an Israeli Arab jailed for spying for Israel.",
			want: []string{"country:ISR country Israel"},
			not:  []string{"organization:israeli-arab"},
		},
		{
			name: "a party named by its members is an organization",
			text: "Headline\n\nThe opposition Christian Democrats in Germany have criticised the chancellor.",
			want: []string{"organization:christian-democrats organization Christian Democrats"},
		},
		{
			name: "so is a capitalised word after the that the tagger leaves out of any name",
			text: "Headline\n\nThe Justice and Equality Movement attacked a town.",
			want: []string{"organization:justice-and-equality-movement organization Justice and Equality Movement"},
			not:  []string{"organization:equality-movement"},
		},
		{
			name: "an acronym written as a word is the acronym the lexicon knows",
			text: "Headline\n\nMorgan Tsvangirai accused Zanu-PF of fraud.",
			want: []string{"organization:zanu-pf organization ZANU-PF"},
		},
		{
			name: "a word no lexicon knows after a country's possessive is its company",
			text: "Headline\n\nAventis was created when France's Rhone-Poulenc merged with Germany's Hoechst.",
			want: []string{"organization:hoechst organization Hoechst"},
		},
		{
			name: "but not a month, a faith or a code after it",
			text: "Headline\n\nBosnia's Moslem parties met. Russia's July vote and Britain's M2 money supply rose.",
			not:  []string{"organization:moslem", "organization:july", "organization:m2"},
		},
		{
			name: "an ordinary word the tagger named alone joins the body's name after and",
			text: "Headline\n\nThe African Union's Peace and Security Council approved the plan.",
			want: []string{"organization:peace-and-security-council organization Peace and Security Council"},
			not:  []string{"organization:peace", "organization:united-nations-security-council"},
		},
		{
			name: "but not before a company's name or one word",
			text: "Headline\n\nContinental and Louis Dreyfus Corp bought grain. The House and Senate voted.",
			not:  []string{"organization:continental-and-louis-dreyfus-corp", "organization:house-and-senate"},
		},
		{
			name: "and after the and an adjective in lower case",
			text: "Headline\n\nThe rebels and the smaller Justice and Equality Movement attacked a town.",
			want: []string{"organization:justice-and-equality-movement organization Justice and Equality Movement"},
			not:  []string{"organization:equality-movement"},
		},
		{
			name: "but not a name the lexicon knows",
			text: "Headline\n\nTalks between the Chile and Peru Commission went on.",
			not:  []string{"organization:chile-and-peru-commission"},
		},
		{
			name: "a sum of money is no name",
			text: "Headline\n\nAt the time of his arrest, ICAC officers seized HK$100,000, it added.",
			not:  []string{"organization:hk-100-000", "person:hk-100-000", "location:hk-100-000"},
		},
		{
			name: "adjectives of peoples before a long known name describe it",
			text: "Headline\n\nThe Iraqi Kurdish Patriotic Union of Kurdistan said its fighters withdrew.",
			want: []string{"organization:patriotic-union-of-kurdistan organization Patriotic Union of Kurdistan", "country:IRQ country Iraq"},
			not:  []string{"organization:iraqi-kurdish-patriotic-union-of-kurdistan"},
		},
		{
			name: "but before a short one they name another",
			text: "Headline\n\nThe Scottish Labour Party said so.",
			want: []string{"organization:scottish-labour-party organization Scottish Labour Party"},
		},
		{
			name: "a feast, a disease or a process alone names no actor",
			text: "Headline\n\nEuropean leaders discussed Brexit and Covid in Paris during Ramadan.",
			want: []string{"location:paris location Paris"},
			not:  []string{"person:brexit", "person:covid", "location:ramadan", "organization:brexit"},
		},
		{
			name: "a name after the noun of its kind is an organization, wherever it is named",
			text: "Headline\n\nThe state energy company Voltaren said it had restored power. The head of Voltaren, Ivan Petrenko, said repairs would take weeks.",
			want: []string{"organization:voltaren organization Voltaren", "person:ivan-petrenko person Ivan Petrenko"},
		},
		{
			name: "a place the lexicon knows as a country is the country",
			text: "Headline\n\nTalks between the two sides resumed in Norway on Monday.",
			want: []string{"country:NOR country Norway"},
		},
		{
			name: "the nationalities and countries inside a name of no type of ours",
			text: "Headline\n\nBosnian Serbs accepted a UN-brokered truce.",
			want: []string{"country:SRB country Serbia", "organization:united-nations organization United Nations"},
			not:  []string{"organization:bosnian-serbs", "person:bosnian-serbs"},
		},
		{
			name: "a name that ends a person's longer name is that person",
			text: "Headline\n\nMoussa Ag Alhassane spoke in Bamako on Monday. Ag Alhassane said the talks would go on.",
			want: []string{"person:moussa-ag-alhassane person Moussa Ag Alhassane"},
			not:  []string{"organization:ag-alhassane", "person:ag-alhassane", "location:ag-alhassane"},
		},
		{
			name: "the field of a title written in capitals is no name",
			text: "Headline\n\nChile's Minister of National Reconciliation, Awa Diallo, spoke on Monday.",
			want: []string{"person:awa-diallo person Awa Diallo"},
			not:  []string{"organization:national-reconciliation"},
		},
		{
			name: "the organization of a title in lower case is a name",
			text: "Headline\n\nThe deal was signed by the chief executive of Velmora Ports Corporation, Tomas Berg.",
			want: []string{"organization:velmora-ports-corporation organization Velmora Ports Corporation"},
		},
		{
			name: "a hyphenated modifier is no part of the name after it",
			text: "Headline\n\nHe spoke to the US-funded Radio Velmora on Monday.",
			want: []string{"country:USA country United States"},
			not:  []string{"organization:us-funded-radio-velmora"},
		},
		{
			name: "title before name with country",
			text: "Headline\n\nUK Foreign Secretary Jack Straw met Chinese Foreign Minister Li Zhaoxing in Beijing.",
			want: []string{"person:jack-straw person Jack Straw", "person:li-zhaoxing person Li Zhaoxing", "country:GBR country United Kingdom", "country:CHN country China"},
			not:  []string{"person:foreign-secretary-jack-straw", "person:uk-foreign-secretary-jack-straw"},
		},
		{
			name: "surname joins full name",
			text: "Headline\n\nJudith Collins spoke on Tuesday. Collins said the talks went well.",
			want: []string{"person:judith-collins person Judith Collins"},
			not:  []string{"person:collins"},
		},
		{
			name: "acronym joins expansion",
			text: "Headline\n\nThe National Cyber Security Centre issued a warning. The NCSC said the threat was real.",
			want: []string{"organization:national-cyber-security-centre organization National Cyber Security Centre"},
			not:  []string{"organization:ncsc"},
		},
		{
			name: "demonym and abbreviation resolve to countries",
			text: "Headline\n\nChinese hackers targeted U.S. agencies and British firms.",
			want: []string{"country:CHN country China", "country:USA country United States", "country:GBR country United Kingdom"},
		},
		{
			name: "sentence-initial words and months are not entities",
			text: "Headline\n\nFortunately, the talks in March went well. Earlier, officials met.",
			not:  []string{"person:fortunately", "location:fortunately", "organization:fortunately", "person:march", "person:earlier"},
		},
		{
			name: "organization head word",
			text: "Headline\n\nThe deal was approved by the Baikal Finance Group on Monday.",
			want: []string{"organization:baikal-finance-group organization Baikal Finance Group"},
		},
		{
			name: "honorifics and possessives are not part of names",
			text: "Headline\n\nMr. Lund's plan was praised by Dr Eva Berg and Sir Tom Hale.",
			want: []string{"person:eva-berg person Eva Berg", "person:tom-hale person Tom Hale"},
			not:  []string{"person:mr-lund-s", "person:dr-eva-berg", "person:sir-tom-hale"},
		},
		{
			name: "name particles stay in the name",
			text: "Headline\n\nThe coach, Joost van der Berg, met Ahmed bin Salem in Doha.",
			want: []string{"person:joost-van-der-berg person Joost van der Berg", "person:ahmed-bin-salem person Ahmed bin Salem"},
		},
		{
			name: "aliases of a country resolve to one node",
			text: "Headline\n\nThe PRC warned the U.S. and America replied to China.",
			want: []string{"country:CHN country China", "country:USA country United States"},
		},
		{
			name: "diacritics matched loosely, kept in labels",
			text: "Headline\n\nOfficials in Vlore and Vlorë met.",
			want: []string{"location:vlore location Vlorë"},
		},
		{
			name: "words in capitals are no names",
			text: "SOCCER - JAPAN GET LUCKY WIN\n\nJapan beat Syria 2-1 on Friday.",
			want: []string{"country:JPN country Japan", "country:SYR country Syria"},
			not:  []string{"organization:get", "organization:win", "person:lucky-win"},
		},
		{
			name: "a name that ends as armed groups' names do is a group's",
			text: "Headline\n\nThe Hizbul Mujahideen said it would attack the buses.",
			want: []string{"organization:hizbul-mujahideen organization Hizbul Mujahideen"},
			not:  []string{"person:hizbul-mujahideen"},
		},
		{
			name: "a name before a field of oil or gas is a place",
			text: "Headline\n\nSinopec will develop the Yadavaran oil field and the Kashagan field in Kazakhstan. It was given a stake in the Jufeyr field, one of the biggest.",
			want: []string{"location:yadavaran location Yadavaran", "location:kashagan location Kashagan", "location:jufeyr location Jufeyr"},
			not:  []string{"organization:yadavaran", "person:kashagan"},
		},
		{
			name: "a country opening a contest's name names no state",
			text: "Headline\n\nAna Ruiz has pulled out of the U.S. Open Tennis Championships with a wrist injury.",
			want: []string{"person:ana-ruiz person Ana Ruiz"},
			not:  []string{"country:USA"},
		},
		{
			name: "the end of a country's name is the country",
			text: "Headline\n\nThe Democratic Republic of Congo accused Rwanda on Monday. Rwanda has threatened to send its army into Congo.",
			want: []string{"country:COD country Democratic Republic of Congo"},
			not:  []string{"location:congo"},
		},
		{
			name: "a country's short name alone is the state the lexicon gives it",
			text: "Headline\n\nCongo accused Rwanda on Monday.",
			want: []string{"country:COD country Democratic Republic of Congo"},
			not:  []string{"location:congo"},
		},
		{
			name: "and the state the document names in full, when another",
			text: "Headline\n\nThe Republic of Congo held elections. Congo accused Rwanda on Monday.",
			want: []string{"country:COG country Republic of Congo"},
			not:  []string{"country:COD"},
		},
		{
			name: "but a country's own name stays its own",
			text: "Headline\n\nEquatorial Guinea accused Guinea on Monday.",
			want: []string{"country:GNQ country Equatorial Guinea", "country:GIN country Guinea"},
		},
		{
			name: "hyphenated country",
			text: "Headline\n\nA China-backed group attacked the network.",
			want: []string{"country:CHN country China"},
		},
		{
			name: "a company's legal forms after an ampersand",
			text: "Headline\n\nRegulators cleared the purchase of Merrill Lynch & Co. Inc. on Wednesday.",
			want: []string{"organization:merrill-lynch-co-inc organization Merrill Lynch & Co. Inc."},
			not:  []string{"organization:co-inc"},
		},
		{
			name: "names joined by an ampersand",
			text: "Headline\n\nTrinidad & Tobago and Marks & Spencer signed a deal with Ben & Jerry's.",
			want: []string{"country:TTO country Trinidad and Tobago", "organization:marks-spencer organization Marks & Spencer", "organization:ben-jerry organization Ben & Jerry"},
			not:  []string{"person:tobago", "person:spencer", "person:ben", "person:jerry"},
		},
		{
			name: "two countries joined by a hyphen, one of two words",
			text: "Headline\n\nJapan-South Korea relations have improved.",
			want: []string{"country:JPN country Japan", "country:KOR country South Korea"},
			not:  []string{"location:japan-south-korea"},
		},
		{
			name: "a name of several words before a hyphen",
			text: "Headline\n\nThe African Union-mediated talks between Chile and Peru collapsed.",
			want: []string{"organization:african-union organization African Union"},
			not:  []string{"location:africa"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := entitySet(run(t, tc.text))
			have := map[string]bool{}
			keys := map[string]bool{}
			for _, g := range got {
				have[g] = true
				keys[strings.Fields(g)[0]] = true
			}
			for _, w := range tc.want {
				if !have[w] {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tc.not {
				if keys[n] {
					t.Errorf("unexpected %q; got %q", n, got)
				}
			}
		})
	}
}

func TestFamilyNameFirst(t *testing.T) {
	tests := []struct {
		name, text string
		mentions   map[string]int // entity key: mentions
	}{
		{"the family name alone is the person", "Headline\n\nSpokesperson Lin Jian spoke. Lin said the claims were false.",
			map[string]int{"person:lin-jian": 2}},
		{"the family name of a three-word name", "Headline\n\nMinister Chua Jui Meng spoke on Monday. Chua said the plan would go ahead.",
			map[string]int{"person:chua-jui-meng": 2}},
		{"a surname with its particle opening a sentence", "Headline\n\nJoost van der Westhuizen scored twice. Van der Westhuizen said the team played well.",
			map[string]int{"person:joost-van-der-westhuizen": 2}},
		{"a surname in a headline in capitals", "NEWCOMBE QUITS AS CAPTAIN\n\nJohn Newcombe resigned on Monday.",
			map[string]int{"person:john-newcombe": 2}},
		{"a family name two people share is no one", "Headline\n\nWang Yi met Wang Tao. Wang said the talks went well.",
			map[string]int{"person:wang-yi": 1, "person:wang-tao": 1}},
		{"a given name alone is the one person who has it", "Headline\n\nJudith Collins spoke. Judith said the claims were false.",
			map[string]int{"person:judith-collins": 2}},
		{"a surname two share is the one named first", "Headline\n\nPresident Ana Ruiz spoke on Monday. Lucia Maria Ruiz agreed. Later Ruiz said more.",
			map[string]int{"person:ana-ruiz": 2, "person:lucia-maria-ruiz": 1}},
		{"the surname before a generational suffix", "Headline\n\nA neighbour, Curtis Lee White II, was arrested. White entered the house.",
			map[string]int{"person:curtis-lee-white-ii": 2}},
		{"a given name two people have is no one", "Headline\n\nJudith Collins met Judith Ardern. Judith said the talks went well.",
			map[string]int{"person:judith-collins": 1, "person:judith-ardern": 1}},
		{"the first of two surnames alone is the person", "Headline\n\nJudge Carlos Matos Azocar spoke on Monday. Matos said the case was closed.",
			map[string]int{"person:carlos-matos-azocar": 2}},
		{"a word inside two people's names is no one", "Headline\n\nCarlos Matos Azocar met Pedro Matos Ruiz. Matos said the talks went well.",
			map[string]int{"person:carlos-matos-azocar": 1, "person:pedro-matos-ruiz": 1}},
		{"the lexicon's alias of a person the story names in full", "Headline\n\nAndres Manuel Lopez Obrador spoke on Monday. AMLO said the plan would go ahead.",
			map[string]int{"person:andres-manuel-lopez-obrador": 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]int{}
			for _, e := range run(t, tc.text).Entities {
				if _, ok := tc.mentions[e.Key]; ok {
					got[e.Key] = len(e.Mentions)
				}
			}
			if diff := cmp.Diff(tc.mentions, got); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}

// Words that stand for a country the story names otherwise: a compass
// point after an article is the one country the story names with it,
// never a place of its own; a people's word several states' adjectives
// share ("Korean") is the one of them the story names, else no one's.
func TestCountryWords(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       map[string]int // entity key: mentions
	}{
		{"the North is North Korea", "Headline\n\nNorth Korea left the talks. Japan criticised the North's decision.",
			map[string]int{"country:PRK": 2, "country:JPN": 1}},
		{"the South is South Africa", "Headline\n\nSouth Africa and Angola met. The South wants a deal.",
			map[string]int{"country:ZAF": 2, "country:AGO": 1}},
		{"a compass point two named countries open is neither", "Headline\n\nNorth Korea and North Macedonia met. The North wants a deal.",
			map[string]int{"country:PRK": 1, "country:MKD": 1}},
		{"without an article it is no country", "Headline\n\nNorth Korea left the talks. North of the border, trade resumed.",
			map[string]int{"country:PRK": 1}},
		{"a people's word of the one state named", "Korean firm wins\n\nSouth Korea and Japan met. Korean officials spoke.",
			map[string]int{"country:KOR": 3, "country:JPN": 1}},
		{"a people's word of both states named: neither", "Korean talks\n\nNorth Korea and South Korea met. Korean officials spoke.",
			map[string]int{"country:KOR": 1, "country:PRK": 1}},
		{"a people's word of neither state named: no one", "Talks\n\nJapan spoke. Korean officials spoke.",
			map[string]int{"country:JPN": 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]int{}
			for _, e := range run(t, tc.text).Entities {
				if e.Type == Country {
					got[e.Key] = len(e.Mentions)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("mentions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name, text string
		person     string
		want       []Role // Title and Of compared
	}{
		{"title before name", "Headline\n\nForeign Minister Winston Pike spoke.", "person:winston-pike",
			[]Role{{Title: "foreign minister"}}},
		{"a title of several words written as one hyphenated word", "Headline\n\nPeru's army chief-of-staff, Luis Vega, spoke.", "person:luis-vega",
			[]Role{{Title: "army chief-of-staff", Of: "country:PER"}}},
		{"an official of a body, in apposition", "Headline\n\nLuis Vega, a senior Interior Ministry official, spoke.", "person:luis-vega",
			[]Role{{Title: "official", Of: "organization:interior-ministry"}}},
		{"an official before the name", "Headline\n\nMinistry official Luis Vega spoke.", "person:luis-vega",
			[]Role{{Title: "official"}}},
		{"'official' after an article and before a name describes it", "Headline\n\nPeru's President Ana Ruiz met visiting Chilean President Luis Vega, the official Tarvo news agency said.", "person:luis-vega",
			[]Role{{Title: "president", Of: "country:CHL"}}},
		{"the head of a company's unit named by its country holds an office of the company", "Headline\n\nLuis Vega, head of Kestrel Holdings' Chilean unit, resigned.", "person:luis-vega",
			[]Role{{Title: "head", Of: "organization:kestrel-holdings"}}},
		{"and so after 'of' the unit's company", "Headline\n\nLuis Vega, head of the Chilean unit of Kestrel Holdings, resigned.", "person:luis-vega",
			[]Role{{Title: "head", Of: "organization:kestrel-holdings"}}},
		{"a company's boss", "Headline\n\nSeparately, Valdor Mining Corp boss Luis Vega spoke.", "person:luis-vega",
			[]Role{{Title: "boss", Of: "organization:valdor-mining-corp"}}},
		{"a chief finance officer is a chief financial officer", "Headline\n\nValdor Mining Corp said its chief finance officer Luis Vega lives in Lima.", "person:luis-vega",
			[]Role{{Title: "chief finance officer", Of: "organization:valdor-mining-corp"}}},
		{"a business title at a name the tagger took for no body is the firm's", "Headline\n\n\"It is a good deal,\" said Luis Vega, an analyst at Tarvo.", "person:luis-vega",
			[]Role{{Title: "analyst", Of: "organization:tarvo"}}},
		{"a body's office named after the holder's nationality is the body's", "Headline\n\nLuis Vega, the Peruvian co-head of Kestrel Holdings, will step down.", "person:luis-vega",
			[]Role{{Title: "co-head", Of: "organization:kestrel-holdings"}}},
		{"an office of 'the NATIONALITY firm' is the company the story named", "Headline\n\nShares in Kestrel Holdings rose. Luis Vega, chair of the Peruvian firm, spoke.", "person:luis-vega",
			[]Role{{Title: "chair", Of: "organization:kestrel-holdings"}}},
		{"and none's when it named none", "Headline\n\nLuis Vega, chair of the Peruvian firm, spoke.", "person:luis-vega",
			[]Role{{Title: "chair"}}},
		{"a bare title is the body's whose same office the sentence before names", "Headline\n\nA spokesman for Kestrel Holdings said the firm agreed. \"There is room for improvement,\" spokesman Luis Vega said.", "person:luis-vega",
			[]Role{{Title: "spokesman", Of: "organization:kestrel-holdings"}}},
		{"a title of a field at a body is the body's", "Headline\n\nLuis Vega, director of Peruvian Studies at Kestrel University, spoke.", "person:luis-vega",
			[]Role{{Title: "director", Of: "organization:kestrel-university"}}},
		{"and of a field in lower case", "Headline\n\nLuis Vega, head of European equities at Kestrel Holdings, spoke.", "person:luis-vega",
			[]Role{{Title: "head", Of: "organization:kestrel-holdings"}}},
		{"a title of a country's described company is the company's", "Headline\n\nThe deal was signed by Luis Vega, deputy chief executive of Peru's state-controlled Petroperu, on Monday.", "person:luis-vega",
			[]Role{{Title: "deputy chief executive", Of: "organization:petroperu"}}},
		{"a title for the group is the group's the story named", "Headline\n\nThe Tupac Front said it would fight on. Luis Vega, a spokesman for the group, said the men were held.", "person:luis-vega",
			[]Role{{Title: "spokesman", Of: "organization:tupac-front"}}},
		{"a title for the foundation is the one foundation's", "Headline\n\nThe Edhi Foundation took the men in. Luis Vega, a spokesman for the foundation, said they were safe.", "person:luis-vega",
			[]Role{{Title: "spokesman", Of: "organization:edhi-foundation"}}},
		{"a body's title for a country is the body's", "Headline\n\nThe UN's humanitarian coordinator for Haiti, Ana Ruiz, called for calm.", "person:ana-ruiz",
			[]Role{{Title: "humanitarian coordinator", Of: "organization:united-nations"}}},
		{"and with no comma", "Headline\n\nUN envoy for Haiti Ana Ruiz called for calm.", "person:ana-ruiz",
			[]Role{{Title: "envoy", Of: "organization:united-nations"}}},
		{"an office in another's service is the served state's", "Headline\n\nAna Ruiz, an adviser to the Chilean government, dismissed the claim.", "person:ana-ruiz",
			[]Role{{Title: "adviser", Of: "country:CHL"}}},
		{"a spokeswoman named after the words speaks for the body they open with", "Headline\n\nThe Tarvo Commission will appeal the ruling, spokeswoman Ana Ruiz said.", "person:ana-ruiz",
			[]Role{{Title: "spokeswoman", Of: "organization:tarvo-commission"}}},
		{"but one whose title names its owner speaks for that owner", "Headline\n\nThe Tarvo Commission will appeal the ruling, Daesan Corp spokeswoman Ana Ruiz said.", "person:ana-ruiz",
			[]Role{{Title: "spokeswoman", Of: "organization:daesan-corp"}}},
		{"a counsel serves too", "Headline\n\nAna Ruiz, counsel to the Tarvo Commission, dismissed the claim.", "person:ana-ruiz",
			[]Role{{Title: "counsel", Of: "organization:tarvo-commission"}}},
		{"and a service before the name", "Headline\n\nThe motion was filed by the counsel to the Tarvo Commission, Ana Ruiz.", "person:ana-ruiz",
			[]Role{{Title: "counsel", Of: "organization:tarvo-commission"}}},
		{"a title in a body is the body's", "Headline\n\nAna Ruiz, deputy chief in the Tarvo Commission, dismissed the claim.", "person:ana-ruiz",
			[]Role{{Title: "deputy chief", Of: "organization:tarvo-commission"}}},
		{"but a title in a state is not its office", "Headline\n\nAna Ruiz, the ambassador in Chile, dismissed the claim.", "person:ana-ruiz",
			[]Role{{Title: "ambassador"}}},
		{"but an envoy to a state is not its office", "Headline\n\nAna Ruiz, the envoy to Chile, dismissed the claim.", "person:ana-ruiz",
			[]Role{{Title: "envoy"}}},
		{"a title in apposition past the words of its field", "Headline\n\nAna Ruiz, an army general, said the men fled.", "person:ana-ruiz",
			[]Role{{Title: "army general"}}},
		{"both", "Headline\n\nAna Ruiz, a foreign policy adviser to Chile's president, dismissed the claim.", "person:ana-ruiz",
			[]Role{{Title: "foreign policy adviser", Of: "country:CHL"}}},
		{"a body's noun before a title stands for the one body named with it", "Headline\n\nThe Andean Court of Justice ruled on Friday, court spokeswoman Ana Ruiz told reporters.", "person:ana-ruiz",
			[]Role{{Title: "spokeswoman", Of: "organization:andean-court-of-justice"}}},
		{"but not after a possessive naming another", "Headline\n\nThe Andean Court of Justice ruled on Friday. Lima's court spokeswoman Ana Ruiz spoke.", "person:ana-ruiz",
			[]Role{{Title: "court spokeswoman", Of: "country:PER"}}},
		{"in a list of named people a title before a name is that name's", "Tanzania signs deal\n\nThe deal was signed by Energy Minister Luis Vega, Shell's vice-president for Africa, Ana Ruiz, and others.", "person:luis-vega",
			[]Role{{Title: "energy minister", Of: "country:TZA"}}},
		{"and the next name holds it", "Tanzania signs deal\n\nThe deal was signed by Energy Minister Luis Vega, Shell's vice-president for Africa, Ana Ruiz, and others.", "person:ana-ruiz",
			[]Role{{Title: "vice-president", Of: "organization:shell"}}},
		{"a body named in apposition to the noun of its kind owns the title", "Headline\n\nLuis Vega, a spokeswoman for the main opposition party, Chadema, accused the government.", "person:luis-vega",
			[]Role{{Title: "spokeswoman", Of: "organization:chadema"}}},
		{"an organization the tagger found owns the title in apposition after its possessive", "Headline\n\nLuis Vega, Tarvo Mining's chief executive, said the company would appeal.", "person:luis-vega",
			[]Role{{Title: "chief executive", Of: "organization:tarvo-mining"}}},
		{"but no legal form alone", "Drug sales\n\nDaesan Research, Inc's analyst Luis Vega said sales fell.", "person:daesan-research",
			nil},
		{"a company named by its trade after a title in capitals and of owns it", "Headline\n\nLuis Vega, CEO of Tarvo Mining, said the firm would appeal.", "person:luis-vega",
			[]Role{{Title: "ceo", Of: "organization:tarvo-mining"}}},
		{"a title after co and a hyphen", "Headline\n\nBlue Party co-chairman Luis Vega spoke.", "person:luis-vega",
			[]Role{{Title: "co-chairman", Of: "organization:blue-party"}}},
		{"the charity's title is the non-governmental body's named last", "Headline\n\nOxfam said the plan would fail. The charity's director, Ana Ruiz, said leaders must act.", "person:ana-ruiz",
			[]Role{{Title: "director", Of: "organization:oxfam"}}},
		{"a company's trade noun stands for the last company", "Headline\n\nPeru Oil Corp said profits rose. The refiner's chief executive, Ana Ruiz, said costs fell.", "person:ana-ruiz",
			[]Role{{Title: "chief executive", Of: "organization:peru-oil-corp"}}},
		{"a company's office with no owner is that of the company the headline names", "Peru Oil Corp loses court battle\n\nA judge ruled against Peru Oil Corp and Chile Mining Corp on Monday. \"We will appeal,\" said chief executive Ana Ruiz.", "person:ana-ruiz",
			[]Role{{Title: "chief executive", Of: "organization:peru-oil-corp"}}},
		{"a body past a hyphenated adjective of where it is", "Headline\n\nMaria Soto, director of the Lima-based Centre for Border Studies, said the talks could last months.", "person:maria-soto",
			[]Role{{Title: "director", Of: "organization:centre-for-border-studies"}}},
		{"a body's noun in a title phrase before a comma and the holder's name", "Headline\n\nThe UN Verification Mission said observers would attend. A spokesman for the mission, Tomas Ruiz, said they had arrived.", "person:tomas-ruiz",
			[]Role{{Title: "spokesman", Of: "organization:un-verification-mission"}}},
		{"a surname after its particle is no other well-known person's", "Sudan expels aid agencies after warrant for Bashir\n\nThe court issued an arrest warrant for President Omar al-Bashir on Wednesday.\n\nBashir, addressing supporters in Khartoum, dismissed the court.", "person:omar-al-bashir",
			[]Role{{Title: "president", Of: "country:SDN"}}},
		{"counterparts of two nationalities named in apposition, each its own", "Headline\n\nForeign Minister Ana Ruiz of Chile met her Peruvian and Bolivian counterparts, Luis Vega and Pedro Gil, on Monday.", "person:pedro-gil",
			[]Role{{Title: "foreign minister", Of: "country:BOL"}}},
		{"a title after his or her serves the one person named before", "Headline\n\nPresident Ana Ruiz of Peru spoke on Monday. But her spokesman, Luis Vega, accused Chile of lying.", "person:luis-vega",
			[]Role{{Title: "spokesman", Of: "country:PER"}}},
		{"but no one of two named before", "Headline\n\nPresident Ana Ruiz of Peru met President Pedro Gil of Chile. Her spokesman, Luis Vega, spoke.", "person:luis-vega",
			[]Role{{Title: "spokesman"}}},
		{"a company's short name before a title owns it", "Chinese firm bids\n\nChina's Huaxin Electronics made a bid for Daesan on Monday.\n\nHuaxin chairman Zhou Weimin said the company was disappointed.", "person:zhou-weimin",
			[]Role{{Title: "chairman", Of: "organization:huaxin-electronics"}}},
		{"a company named for a trade of commodities owns the company's office", "Headline\n\nMbeya Grain Traders sold maize to Peru. The company's managing director, Luis Vega, was arrested.", "person:luis-vega",
			[]Role{{Title: "managing director", Of: "organization:mbeya-grain-traders"}}},
		{"a lawyer after his serves the man, not his office", "Headline\n\nMbeya Grain Traders sold maize to Peru. The company's managing director, Luis Vega, was arrested. His lawyer, Pedro Gil, said he was innocent.", "person:pedro-gil",
			[]Role{{Title: "lawyer"}}},
		{"two offices of one owner joined by and", "Headline\n\nPetroperu made a bid. Luis Vega, Petroperu's chairman and chief executive, had written to senators.", "person:luis-vega",
			[]Role{{Title: "chairman", Of: "organization:petroperu"}, {Title: "chief executive", Of: "organization:petroperu"}}},
		{"two offices of one owner in apposition", "Headline\n\nFu Peng, Sinopec's chairman and chief executive, had written to senators.", "person:fu-peng",
			[]Role{{Title: "chairman", Of: "organization:sinopec"}, {Title: "chief executive", Of: "organization:sinopec"}}},
		{"an observer of a body's mission is its official", "Headline\n\nThe European Union's chief observer, Ana Ruiz, said the vote was calm.", "person:ana-ruiz",
			[]Role{{Title: "chief observer", Of: "organization:european-union"}}},
		{"a mediator before the name", "Headline\n\nRebels said they would meet UN mediator Luis Vega.", "person:luis-vega",
			[]Role{{Title: "mediator", Of: "organization:united-nations"}}},
		{"an owner's name with a bracket before the comma of the holder", "Headline\n\nIn a statement, the leader of the Communist Party of Peru (Maoist), Luis Vega, said the truce would end.", "person:luis-vega",
			[]Role{{Title: "leader", Of: "organization:communist-party-of-peru"}}},
		{"a minister in a state's department is the state's", "Headline\n\nBritain wants reform. Foreign Office minister Ana Ruiz urged Saudi Arabia to hold elections.", "person:ana-ruiz",
			[]Role{{Title: "minister", Of: "country:GBR"}}},
		{"an officer of a state's ministry named by its field is the state's", "Headline\n\nChina accused Japan. Chinese Defense Ministry spokesman Li Wen said the drills were provocative.", "person:li-wen",
			[]Role{{Title: "spokesman", Of: "country:CHN"}}},
		{"a nationality describing a firm is no other state in the office's sentence", "Malawi arrests ex-minister\n\nMalawi's anti-corruption bureau has arrested a former agriculture minister, Davies Phiri, over the sale of maize to a South African trading company.", "person:davies-phiri",
			[]Role{{Title: "former agriculture minister", Of: "country:MWI"}}},
		{"an office at a state's embassy is the state's", "Headline\n\nPeru angered Russia on Monday. The ministry said Igor Petrov, a second secretary at the Russian embassy in Lima, had left.", "person:igor-petrov",
			[]Role{{Title: "second secretary", Of: "country:RUS"}}},
		{"but no state the story does not name", "Headline\n\nThe ministry said Igor Petrov, a second secretary at the Russian embassy in Lima, had left.", "person:igor-petrov",
			[]Role{{Title: "second secretary"}}},
		{"title before a well-known name: their country owns it", "Headline\n\nForeign Minister Winston Peters spoke.", "person:winston-peters",
			[]Role{{Title: "foreign minister", Of: "country:NZL"}}},
		{"an office opening the sentence after a state's answer is that state's", "US sets shrimp duties\n\nThe US set duties on shrimp. Thailand reacted angrily. Commerce Minister Watana Muangsook accused the US of giving in to a lobby.", "person:watana-muangsook",
			[]Role{{Title: "commerce minister", Of: "country:THA"}}},
		{"and of a state's body", "US sets shrimp duties\n\nThe US set duties on shrimp. Thailand's government reacted angrily. Commerce Minister Watana Muangsook accused the US.", "person:watana-muangsook",
			[]Role{{Title: "commerce minister", Of: "country:THA"}}},
		{"but not after a headline", "Thailand angry\n\nCommerce Minister Watana Muangsook said the US and Vietnam would talk.", "person:watana-muangsook",
			[]Role{{Title: "commerce minister"}}},
		{"a party's possessive opening a sentence stands for the party the sentence before opens with", "Headline\n\nThe UN nuclear watchdog, the International Atomic Energy Agency, has no inspectors there. Its director general, Mohamed ElBaradei, said he was concerned.", "person:mohamed-elbaradei",
			[]Role{{Title: "director general", Of: "organization:international-atomic-energy-agency"}}},
		{"an owner's title in apposition past an adjective of time", "Headline\n\nNigerian President Olusegun Obasanjo, the current African Union chairman, said the talks would go on.", "person:olusegun-obasanjo",
			[]Role{{Title: "chairman", Of: "organization:african-union"}, {Title: "president", Of: "country:NGA"}}},
		{"a name the tagger took for an organization, in apposition after a title, is a person's", "Headline\n\nThe UK ambassador, Emyr Jones Parry, said it sent a clear message.", "person:emyr-jones-parry",
			[]Role{{Title: "ambassador", Of: "country:GBR"}}},
		{"a counterpart opening the sentence after one that opens with a titled person is that person's", "Headline\n\nJapanese Foreign Minister Nobutaka Machimura demanded an apology. But his Chinese counterpart, Li Zhaoxing, told him no.", "person:li-zhaoxing",
			[]Role{{Title: "foreign minister", Of: "country:CHN"}}},
		{"a title in apposition keeps the word that says it was held once", "Headline\n\nHe will be replaced by Eliahu Ben-Elissar, a former Israeli envoy to Egypt.", "person:eliahu-ben-elissar",
			[]Role{{Title: "former envoy", Of: "country:ISR"}}},
		{"a title in a relative clause past an adverb and an adjective of time", "Headline\n\nNigeria's President Olusegun Obasanjo, who is also the current AU chairman, said the talks would go on.", "person:olusegun-obasanjo",
			[]Role{{Title: "chairman", Of: "organization:african-union"}, {Title: "president", Of: "country:NGA"}}},
		{"a shadow minister's office is his party's, no state's", "Britain votes\n\nShadow foreign secretary Liam Fox said the visit was welcome.", "person:liam-fox",
			[]Role{{Title: "shadow foreign secretary"}}},
		{"two offices in apposition joined before their owner", "Headline\n\nAna Ruiz, chairman and chief executive of Petrobras, said so.", "person:ana-ruiz",
			[]Role{{Title: "chairman", Of: "organization:petrobras"}, {Title: "chief executive", Of: "organization:petrobras"}}},
		{"the nationality of others is no owner", "Headline\n\nJudge Alejandro Rivera opened fraud investigations against 28 Chilean officials.", "person:alejandro-rivera",
			[]Role{{Title: "judge"}}},
		{"country and title", "Headline\n\nChinese Ambassador Wang Xiaolong spoke.", "person:wang-xiaolong",
			[]Role{{Title: "ambassador", Of: "country:CHN"}}},
		{"possessive", "Headline\n\nThe message went to China's ambassador Wang Xiaolong on Monday.", "person:wang-xiaolong",
			[]Role{{Title: "ambassador", Of: "country:CHN"}}},
		{"a party's possessive pronoun", "Headline\n\nA Hamas statement said its leader Ismail Haniyeh met officials in Cairo.", "person:ismail-haniyeh",
			[]Role{{Title: "leader", Of: "organization:hamas"}}},
		{"a party's possessive pronoun stands for the subject first", "Headline\n\nChile has asked Peru to extradite its former president Ana Ruiz.", "person:ana-ruiz",
			[]Role{{Title: "former president", Of: "country:CHL"}}},
		{"a nationality is no party a pronoun stands for", "Headline\n\nThe Chilean government said its ambassador Ana Ruiz left Lima.", "person:ana-ruiz",
			[]Role{{Title: "ambassador", Of: "country:CHL"}}},
		{"an owner's name runs into the holder's", "Headline\n\nThe head of the IAEA Rafael Grossi visited Iran.", "person:rafael-grossi",
			[]Role{{Title: "head", Of: "organization:international-atomic-energy-agency"}}},
		{"an owner's acronym in brackets before the holder", "Headline\n\nHe met the secretary-general of the Kurdistan Democratic Party of Iran (KDPI) Hassan Rastegar.", "person:hassan-rastegar",
			[]Role{{Title: "secretary-general", Of: "organization:kurdistan-democratic-party-of-iran"}}},
		{"a place is no owner of the name after it", "Headline\n\nThe governor of Texas Ana Ruiz spoke.", "person:ana-ruiz",
			[]Role{{Title: "governor"}}},
		{"a country owns the office of the name after it", "Headline\n\nThe president of Chile Ana Ruiz spoke.", "person:ana-ruiz",
			[]Role{{Title: "president", Of: "country:CHL"}}},
		{"a modifier that is a title alone, before another title", "Chile news\n\nChile's Deputy President Ana Ruiz spoke on Monday.", "person:ana-ruiz",
			[]Role{{Title: "deputy president", Of: "country:CHL"}}},
		{"a title in an adverbial phrase is no apposition", "Chile news\n\nTalking about trade in general, Ana Ruiz said output rose.", "person:ana-ruiz",
			nil},
		{"a title an opening phrase ends in is not the main clause's subject's", "Talks\n\nAfter meeting Chile's president, Ana Ruiz said the talks had gone well.", "person:ana-ruiz",
			nil},
		{"a title after as is in apposition", "Chile news\n\nAs head of the Chilean Red Cross, Ana Ruiz said output rose.", "person:ana-ruiz",
			[]Role{{Title: "head", Of: "organization:chilean-red-cross"}}},
		{"a body's office is no state's", "Chile news\n\nClub president Ana Ruiz said the team would appeal.", "person:ana-ruiz",
			[]Role{{Title: "president"}}},
		{"a facility's office is no state's", "Chile news\n\nAirport spokeswoman Ana Ruiz said the plane had landed.", "person:ana-ruiz",
			[]Role{{Title: "spokeswoman"}}},
		{"an owner named that is no known name is no state", "Chile news\n\nJorge Vidal, head of Valdor municipality-in-exile, said sales rose.", "person:jorge-vidal",
			[]Role{{Title: "head"}}},
		{"a state body's office is the state's", "Chile news\n\nParliament speaker Jorge Vidal said the men were held.", "person:jorge-vidal",
			[]Role{{Title: "parliament speaker", Of: "country:CHL"}}},
		{"apposition", "Headline\n\nJudith Carver, the defense minister, said so.", "person:judith-carver",
			[]Role{{Title: "defense minister"}}},
		{"apposition in dashes", "Headline\n\nSione Tupou -- Tonga's trade minister -- said so.", "person:sione-tupou",
			[]Role{{Title: "trade minister", Of: "country:TON"}}},
		{"apposition with the field between owner and title", "Headline\n\nJim Ross, Gazprom trade union chairman, said so.", "person:jim-ross",
			[]Role{{Title: "trade union chairman", Of: "organization:gazprom"}}},
		{"apposition with possessive", "Headline\n\nSione Tupou, Tonga's trade minister, said so.", "person:sione-tupou",
			[]Role{{Title: "trade minister", Of: "country:TON"}}},
		{"a title across a comma before a well-known person's rank", "Headline\n\nPakistan's army chief, General Asim Munir, visited Beijing.", "person:asim-munir",
			[]Role{{Title: "army chief", Of: "country:PAK"}, {Title: "general", Of: "country:PAK"}}},
		{"an ambassador posted to an organization is his country's", "Headline\n\nThe French ambassador to the UN, Pierre Lenoir, voted against the resolution.", "person:pierre-lenoir",
			[]Role{{Title: "ambassador", Of: "country:FRA"}}},
		{"a title across a comma before an honorific", "Headline\n\nPeru's defence minister, Dr Hugo Alvarez, has resigned.", "person:hugo-alvarez",
			[]Role{{Title: "defence minister", Of: "country:PER"}}},
		{"an ambassador posted in a city is his country's", "Headline\n\nThe Chilean ambassador in Lima, Ana Ruiz, was summoned.", "person:ana-ruiz",
			[]Role{{Title: "ambassador", Of: "country:CHL"}}},
		{"a body's officer posted in a country is the body's", "Headline\n\nOxfam's director in Kenya, Mary Lane, urged restraint.", "person:mary-lane",
			[]Role{{Title: "director", Of: "organization:oxfam"}}},
		{"an ambassador posted with no owner named", "Headline\n\nThe ambassador to the UN, Pierre Lenoir, voted against it.", "person:pierre-lenoir",
			[]Role{{Title: "ambassador"}}},
		{"the office's field between its owner and the title", "Headline\n\nUN human rights chief Karl Weber called for restraint.", "person:karl-weber",
			[]Role{{Title: "human rights chief", Of: "organization:united-nations"}}},
		{"a modifier before an abbreviated title", "Headline\n\nDeputy PM Tom Reid of Australia spoke by phone.", "person:tom-reid",
			[]Role{{Title: "deputy prime minister", Of: "country:AUS"}}},
		{"an abbreviated minister's title", "Headline\n\nFM Tom Reid of Australia spoke by phone.", "person:tom-reid",
			[]Role{{Title: "foreign minister", Of: "country:AUS"}}},
		{"a counterpart's title is not the possessor's office", "Headline\n\nChilean Foreign Minister Ana Ruiz visited Lima. She met her Peruvian counterpart Foreign Minister Luis Vega.", "person:luis-vega",
			[]Role{{Title: "foreign minister", Of: "country:PER"}}},
		{"nor, with no nationality, the story's state by a guess", "Chile talks\n\nChilean Foreign Minister Ana Ruiz visited Kabul. She met her counterpart Foreign Minister Luis Vega.", "person:luis-vega",
			[]Role{{Title: "foreign minister"}}},
		{"a modifier joined to the title", "Headline\n\nEx-president Carlos Mendez of Honduras was arrested in Miami.", "person:carlos-mendez",
			[]Role{{Title: "ex-president", Of: "country:HND"}}},
		{"modifier kept", "Headline\n\nFormer President Hugo Alvarez spoke.", "person:hugo-alvarez",
			[]Role{{Title: "former president"}}},
		{"owner after the name", "Headline\n\nPresident Omar Haddad of Tunisia arrived.", "person:omar-haddad",
			[]Role{{Title: "president", Of: "country:TUN"}}},
		{"title of an office with its field", "Headline\n\nDeputy Secretary of Energy David Moore spoke.", "person:david-moore",
			[]Role{{Title: "deputy secretary of energy"}}},
		{"lower-case title with its field", "Headline\n\nThe plan was approved, said vice president for Strategic Affairs Karim Nazari.", "person:karim-nazari",
			[]Role{{Title: "vice president for strategic affairs"}}},
		{"predicate", "Headline\n\nMaria Lopez was elected president of Chile in March.", "person:maria-lopez",
			[]Role{{Title: "president", Of: "country:CHL"}}},
		{"predicate after a perfect", "Headline\n\nMaria Lopez has been appointed defence minister of Chile.", "person:maria-lopez",
			[]Role{{Title: "defence minister", Of: "country:CHL"}}},
		{"predicate with as and an article", "Headline\n\nMaria Lopez was named as the ambassador at the United Nations.", "person:maria-lopez",
			[]Role{{Title: "ambassador", Of: "organization:united-nations"}}},
		{"predicate of becoming", "Headline\n\nMaria Lopez became foreign minister of Chile.", "person:maria-lopez",
			[]Role{{Title: "foreign minister", Of: "country:CHL"}}},
		{"copular predicate with its owner first", "Headline\n\nSebastien Moreau is the French armed forces minister.", "person:sebastien-moreau",
			[]Role{{Title: "armed forces minister", Of: "country:FRA"}}},
		{"an owner past the words that describe it", "Headline\n\nAna Ruiz, leader of the main opposition Humanist Party, spoke.", "person:ana-ruiz",
			[]Role{{Title: "leader", Of: "organization:humanist-party"}}},
		{"copular predicate past adjectives, owned by a city's country", "Headline\n\nAna Ruiz is the political director of Bonn's foreign ministry.", "person:ana-ruiz",
			[]Role{{Title: "political director", Of: "organization:german-foreign-ministry"}}},
		{"copular predicate in a relative clause", "Headline\n\nAna Ruiz, who is the Tongan trade minister, spoke.", "person:ana-ruiz",
			[]Role{{Title: "trade minister", Of: "country:TON"}}},
		{"no copular predicate where the title does not end the phrase", "Headline\n\nAna Ruiz was the first president to visit Cuba. Ana Ruiz is the president's adviser.", "person:ana-ruiz", nil},
		{"who heads an organization is its head", "Headline\n\nAna Ruiz, who heads the IMF, praised Egypt.", "person:ana-ruiz",
			[]Role{{Title: "head", Of: "organization:international-monetary-fund"}}},
		{"who runs no organization heads none", "Headline\n\nAna Ruiz, who runs fast, spoke.", "person:ana-ruiz", nil},
		{"a deputy serves the office of whom they are the deputy", "Headline\n\nAna Ruiz, the IMF's managing director, spoke. Mrs Ruiz's deputy, Lena Holm, visited Ankara.", "person:lena-holm",
			[]Role{{Title: "deputy", Of: "organization:international-monetary-fund"}}},
		{"a deputy of one with no owned office owns none", "Headline\n\nTurkey was named. Mr Ortiz's deputy, Lena Holm, visited Ankara.", "person:lena-holm",
			[]Role{{Title: "deputy"}}},
		{"no predicate without a form of be", "Headline\n\nMaria Lopez has appointed a defence minister of Chile.", "person:maria-lopez", nil},
		{"title across a comma", "Headline\n\nA Hamas military commander, Yusuf Darwish, was killed.", "person:yusuf-darwish",
			[]Role{{Title: "military commander", Of: "organization:hamas"}}},
		{"title with its owner across a comma", "Headline\n\nThe head of the International Atomic Energy Agency, Rafael Grossi, warned Iran.", "person:rafael-grossi",
			[]Role{{Title: "head", Of: "organization:international-atomic-energy-agency"}}},
		{"a place after a title leaves the owner before it", "Headline\n\nThe UN special envoy for the Sahel, Ana Ruiz, urged both sides to talk.", "person:ana-ruiz",
			[]Role{{Title: "special envoy", Of: "organization:united-nations"}}},
		{"a place owns no office", "Headline\n\nThe governor of Texas, Greg Abbott, sent troops to the border.", "person:greg-abbott",
			[]Role{{Title: "governor"}}},
		{"title for its owner across a comma", "Headline\n\nA spokesman for Hamas, Yusuf Darwish, denied it.", "person:yusuf-darwish",
			[]Role{{Title: "spokesman", Of: "organization:hamas"}}},
		{"apposition with owner after at", "Headline\n\n\"No,\" said Eric Lund, a strategist at Oslo's Nordlys Securities.", "person:eric-lund",
			[]Role{{Title: "strategist", Of: "organization:nordlys-securities"}}},
		{"the place of a meeting is no owner", "Headline\n\nThe envoy met Prime Minister Tom Reid in Canberra, Australia.", "person:tom-reid",
			[]Role{{Title: "prime minister"}}},
		{"the person's own country owns a state office", "Headline\n\nThe Australian politician Tom Reid met the envoy. Prime Minister Tom Reid later spoke in Paris.", "person:tom-reid",
			[]Role{{Title: "prime minister", Of: "country:AUS"}}},
		{"an opening phrase's name is no apposition", "Headline\n\nAfter talks with Tom Reid, the Iranian foreign minister said Tehran would cooperate.", "person:tom-reid", nil},
		{"counterpart", "Headline\n\nForeign Minister Ana Silva of Portugal met her Spanish counterpart, Luis Ortega, on Monday.", "person:luis-ortega",
			[]Role{{Title: "foreign minister", Of: "country:ESP"}}},
		{"a counterpart's name that a verb follows opens the next clause", "Headline\n\nAfter talks with her Spanish counterpart, Ana Silva warned Spain.", "person:ana-silva", nil},
		{"bare title refers to the one minister", "Headline\n\nHackers hit the network, the country's security minister said.\nMinister Judith Kerr of New Zealand spoke later.", "person:judith-kerr",
			[]Role{{Title: "minister", Of: "country:NZL"}, {Title: "security minister", Of: "country:NZL"}}},
		{"a bare title of another field is another office", "Headline\n\nHackers hit the network, the country's security minister said.\nDefence Minister Judith Kerr of New Zealand spoke later.", "person:judith-kerr",
			[]Role{{Title: "defence minister", Of: "country:NZL"}}},
		{"a bare title of another country is another office", "Headline\n\nMinister Judith Kerr of New Zealand spoke.\nFiji's security minister disagreed.", "person:judith-kerr",
			[]Role{{Title: "minister", Of: "country:NZL"}}},
		{"lower-case modifier before a capitalised title", "Headline\n\nIt changed under the late President Omar Haddad of Tunisia.", "person:omar-haddad",
			[]Role{{Title: "late president", Of: "country:TUN"}}},
		{"rank shares the owner of its title", "Headline\n\nA Quds Force deputy commander, Brigadier General Reza Tavana, was killed.", "person:reza-tavana",
			[]Role{{Title: "brigadier general", Of: "organization:quds-force"}, {Title: "deputy commander", Of: "organization:quds-force"}}},
		{"a title's modifier before the body's name", "Headline\n\nDeputy State Department spokesman Paul Grant spoke.", "person:paul-grant",
			[]Role{{Title: "spokesman", Of: "organization:united-states-department-of-state"}}},
		{"a rank's abbreviation joined by a hyphen", "Headline\n\nThe army's spokesman, Lt-Col Paul Grant, spoke.", "person:paul-grant",
			[]Role{{Title: "lieutenant colonel"}, {Title: "spokesman"}}},
		{"no title when hypothetical", "Headline\n\nIf elected president, Paul Grant would cut taxes.", "person:paul-grant", nil},
		{"titles one after another in capitals", "Headline\n\nIran's Supreme Leader Ayatollah Reza Najafi spoke on Monday.", "person:reza-najafi",
			[]Role{{Title: "ayatollah", Of: "country:IRN"}, {Title: "supreme leader", Of: "country:IRN"}}},
		{"a title in lower case ends the run", "Headline\n\nA spokesman for EU trade commissioner Paul Grant spoke.", "person:paul-grant",
			[]Role{{Title: "trade commissioner", Of: "organization:european-union"}}},
		{"a dash before a title is no part of it", "Headline\n\n- President Hugo Alvarez proposed a timetable.", "person:hugo-alvarez",
			[]Role{{Title: "president"}}},
		{"a verb spelt as a title is none", "Headline\n\nIt is too early to judge Hugo Alvarez's chances.", "person:hugo-alvarez", nil},
		{"a title the tagger takes for a verb is a title", "Headline\n\nU.S. envoy Hugo Alvarez met him.", "person:hugo-alvarez",
			[]Role{{Title: "envoy", Of: "country:USA"}}},
		{"a title with its own verb is no apposition", "Headline\n\nAna Ruiz met Hugo Alvarez, a spokesman said.", "person:hugo-alvarez", nil},
		{"a quotation mark is no part of a title", "Headline\n\n\"President Hugo Alvarez stressed the need,\" they said.", "person:hugo-alvarez",
			[]Role{{Title: "president"}}},
		{"a state office with no owner is the article's country's", "Bosnia votes\n\nDefence Minister Hugo Alvarez said troops would stay in Bosnia.", "person:hugo-alvarez",
			[]Role{{Title: "defence minister", Of: "country:BIH"}}},
		{"not when the sentence names another country", "Bosnia votes\n\nDefence Minister Hugo Alvarez said German troops would stay in Bosnia.", "person:hugo-alvarez",
			[]Role{{Title: "defence minister"}}},
		{"but a country that owns another's office leaves it to the article's", "Bosnia votes\n\nDefence Minister Hugo Alvarez summoned Germany's ambassador on Monday.", "person:hugo-alvarez",
			[]Role{{Title: "defence minister", Of: "country:BIH"}}},
		{"and so does a nationality before another's title", "Bosnia votes\n\nDefence Minister Hugo Alvarez met the German ambassador on Monday.", "person:hugo-alvarez",
			[]Role{{Title: "defence minister", Of: "country:BIH"}}},
		{"an office of a body described, not named, is no state's", "Bosnia votes\n\nHugo Alvarez, president of the self-declared separatist government, spoke.", "person:hugo-alvarez",
			[]Role{{Title: "president"}}},
		{"a title for a body with its nationality before a name in apposition: a state's ministry's, the state's", "Headline\n\nA spokesman for the Russian foreign ministry, Hugo Alvarez, called it a mistake.", "person:hugo-alvarez",
			[]Role{{Title: "spokesman", Of: "country:RUS"}}},
		{"a title of a body described before a name in apposition", "Bosnia votes\n\nThe chairman of the local council, Hugo Alvarez, said so.", "person:hugo-alvarez",
			[]Role{{Title: "chairman"}}},
		{"a title of a body described by its possessive before a name in apposition", "Bosnia votes\n\nThe agency's head, Hugo Alvarez, said so.", "person:hugo-alvarez",
			[]Role{{Title: "head"}}},
		{"but the country's is the article's country's", "Bosnia votes\n\nThe country's president, Hugo Alvarez, said so.", "person:hugo-alvarez",
			[]Role{{Title: "president", Of: "country:BIH"}}},
		{"a name with initials the tagger took for an organization's, after a title", "Headline\n\nRebel leader KR Selvarasa said it.", "person:kr-selvarasa",
			[]Role{{Title: "rebel leader"}}},
		{"and in apposition to one", "Headline\n\nThe rebels' political chief, SP Hugovar, said it.", "person:sp-hugovar",
			[]Role{{Title: "political chief"}}},
		{"a title in capitals past an adjective in lower case, before a rank", "Headline\n\nHe met current Chief Justice Sheikh Hugo Alvarez on Monday.", "person:hugo-alvarez",
			[]Role{{Title: "chief justice"}, {Title: "sheikh"}}},
		{"a portfolio of the European Commission is no state's office", "Italy votes\n\nCompetition Commissioner Hugo Alvarez fined the company.", "person:hugo-alvarez",
			[]Role{{Title: "competition commissioner"}}},
		{"the company's office is the last company's", "Headline\n\nThe Commission fined Tolvaren Motors Ltd on Monday. The company's chief executive, Hugo Alvarez, said it would appeal.", "person:hugo-alvarez",
			[]Role{{Title: "chief executive", Of: "organization:tolvaren-motors-ltd"}}},
		{"or the last company named by its trade", "Headline\n\nBrastan Mining said on Monday it would close the mine. The company's chief executive, Hugo Alvarez, said the decision was final.", "person:hugo-alvarez",
			[]Role{{Title: "chief executive", Of: "organization:brastan-mining"}}},
		{"a company named by its trade after a company of a known kind", "Headline\n\nThe Norvale Finance Corporation may lend to the mill. Lindqvist Pulp has rejected the call. The company's chief executive, Hugo Alvarez, said the mill was safe.", "person:hugo-alvarez",
			[]Role{{Title: "chief executive", Of: "organization:lindqvist-pulp"}}},
		{"of two companies in the last sentence that names one, its subject", "Headline\n\nTarvo Minerals, a subsidiary of the Kesselring Group, said it was pleased. \"We will stay,\" said the company's chief executive, Hugo Alvarez.", "person:hugo-alvarez",
			[]Role{{Title: "chief executive", Of: "organization:tarvo-minerals"}}},
		{"the last company before, when the subject is named in a sentence before it", "Headline\n\nTarvo Minerals said it was pleased. Analysts praised the Kesselring Group. The company's chief executive, Hugo Alvarez, said so.", "person:hugo-alvarez",
			[]Role{{Title: "chief executive", Of: "organization:kesselring-group"}}},
		{"but not a body of no known kind", "Headline\n\nThe Anti-Corruption Bureau said on Monday it would close the case. The company's chief executive, Hugo Alvarez, said the decision was final.", "person:hugo-alvarez",
			[]Role{{Title: "chief executive"}}},
		{"a body's office by its head word is the one such body's", "Headline\n\nJudges at the International Tribunal for the Western Isles charged two men. The tribunal's chief prosecutor, Hugo Alvarez, said so.", "person:hugo-alvarez",
			[]Role{{Title: "chief prosecutor", Of: "organization:international-tribunal-for-the-western-isles"}}},
		{"but no one's when two such bodies are named", "Headline\n\nJudges at the International Tribunal for the Western Isles and the Ruritanian Appeals Tribunal met. The tribunal's chief prosecutor, Hugo Alvarez, said so.", "person:hugo-alvarez",
			[]Role{{Title: "chief prosecutor"}}},
		{"no title opens inside a name before the person's: a party's leader", "Headline\n\nPopular Party leader Ana Ruiz said so.", "person:ana-ruiz",
			[]Role{{Title: "leader", Of: "organization:popular-party"}}},
		{"two fields joined in capitals before the title", "Headline\n\nBrazilian Mines and Energy Minister Rogerio Falcao said so.", "person:rogerio-falcao",
			[]Role{{Title: "mines and energy minister", Of: "country:BRA"}}},
		{"a field word a title's variant ends in", "Headline\n\nHe met Industry Secretary Patricia Hewitt.", "person:patricia-hewitt",
			[]Role{{Title: "industry secretary"}}},
		{"a state's office named before with no holder is the one a bare title names", "Dhaka summons envoy\n\nBangladesh has summoned Burma's ambassador to protest. The ambassador, Than Zaw Myint, was called to the ministry on Monday.", "person:than-zaw-myint",
			[]Role{{Title: "ambassador", Of: "country:MMR"}}},
		{"and by a nationality", "Dhaka summons envoy\n\nBangladesh has summoned the Burmese ambassador to protest. The ambassador, Than Zaw Myint, was called to the ministry on Monday.", "person:than-zaw-myint",
			[]Role{{Title: "ambassador", Of: "country:MMR"}}},
		{"and by a name that modifies it", "Iran summons UK envoy\n\nIran has summoned the envoy over the claims. The envoy, Richard Dalton, was called to the ministry.", "person:richard-dalton",
			[]Role{{Title: "envoy", Of: "country:GBR"}}},
		{"but not when a holder is named with it", "Dhaka summons envoy\n\nBangladesh has summoned Burma's ambassador Aung Lin to protest. The ambassador, Than Zaw Myint, was called to the ministry on Monday.", "person:than-zaw-myint",
			[]Role{{Title: "ambassador", Of: "country:BGD"}}},
		{"nor when two states' are", "Dhaka summons envoy\n\nBangladesh has summoned Burma's ambassador and India's ambassador to protest. The ambassador, Than Zaw Myint, was called to the ministry on Monday.", "person:than-zaw-myint",
			[]Role{{Title: "ambassador", Of: "country:BGD"}}},
		{"the head of a field a noun names, with its owner's nationality", "Headline\n\nThe Argentine cabinet chief, Ricardo Paz Ortiz, said so.", "person:ricardo-paz-ortiz",
			[]Role{{Title: "cabinet chief", Of: "country:ARG"}}},
		{"a possessive pronoun owns a title past the place of the office", "Headline\n\nCorvane Energy was fined $41m. Its Lagos spokeswoman, Janet Whitfield, said so.", "person:janet-whitfield",
			[]Role{{Title: "spokeswoman", Of: "organization:corvane-energy"}}},
		{"a rank abbreviated without full stops, after a title in lower case", "Headline\n\nArmy spokesman Maj Gen Shaukat Sultan said so.", "person:shaukat-sultan",
			[]Role{{Title: "army spokesman"}, {Title: "major general"}}},
		{"an office named for its body is the one such body's", "Headline\n\nThe European Commission fined Peru. Competition Commissioner Neelie Kroes said so.", "person:neelie-kroes",
			[]Role{{Title: "competition commissioner", Of: "organization:european-commission"}}},
		{"but no one's when two such bodies are named", "Headline\n\nThe European Commission and the Electoral Commission met. Commissioner Ana Ruiz said so.", "person:ana-ruiz",
			[]Role{{Title: "commissioner"}}},
		{"an office's field in lower case in apposition, past its owner's nationality", "Headline\n\nMr Barrot, a former French social affairs minister, is due to meet them.", "person:barrot",
			[]Role{{Title: "former social affairs minister", Of: "country:FRA"}}},
		{"a title before a name in commas, past its field, is its owner's", "Headline\n\nHe wrote to Norway's peace envoy, Erik Solheim, to ask him to intervene.", "person:erik-solheim",
			[]Role{{Title: "peace envoy", Of: "country:NOR"}}},
		{"members' possessive before a title is their group's", "Headline\n\nThe Liberation Tigers of Tamil Eelam fought on. The rebels' political head, SP Thamilselvan, said so.", "person:sp-thamilselvan",
			[]Role{{Title: "political head", Of: "organization:liberation-tigers-of-tamil-eelam"}}},
		{"an office's field in lower case after 'for', before the name in commas", "Headline\n\nSyria's deputy prime minister for economic affairs, Abdullah Dardari, said so.", "person:abdullah-dardari",
			[]Role{{Title: "deputy prime minister for economic affairs", Of: "country:SYR"}}},
		{"but not a body after 'for'", "Headline\n\nA spokesman for the ministry, Ana Ruiz, said so.", "person:ana-ruiz",
			[]Role{{Title: "spokesman"}}},
		{"a diplomatic rank at an embassy", "Headline\n\nRussian second secretary Igor Sokolov was caught on Sunday.", "person:igor-sokolov",
			[]Role{{Title: "second secretary", Of: "country:RUS"}}},
		{"a union's president", "Headline\n\nNational Farmers Union president Tom Reed said so.", "person:tom-reed",
			[]Role{{Title: "president", Of: "organization:national-farmers-union"}}},
		{"but one of the country is", "Bosnia votes\n\nHugo Alvarez, president of the country, spoke.", "person:hugo-alvarez",
			[]Role{{Title: "president", Of: "country:BIH"}}},
		{"a lower-case title before a capitalised rank is a title of its own", "Headline\n\nNATO spokesman Lieutenant Colonel Max Marriner spoke.", "person:max-marriner",
			[]Role{{Title: "lieutenant colonel", Of: "organization:north-atlantic-treaty-organization"}, {Title: "spokesman", Of: "organization:north-atlantic-treaty-organization"}}},
		{"a title for a person titled with the field of the office is another's", "Headline\n\nA spokesman for Transport Commissioner Jacques Barrot said so.", "person:jacques-barrot",
			[]Role{{Title: "transport commissioner"}}},
		{"a title for a titled person is another's", "Headline\n\nA spokesman for Prime Minister Hugo Alvarez of Chile spoke.", "person:hugo-alvarez",
			[]Role{{Title: "prime minister", Of: "country:CHL"}}},
		{"a name after a title and of is its owner, no field", "Headline\n\nThe commander of Russian Interior Ministry forces, General Hugo Alvarez, spoke.", "person:interior-ministry", nil},
		{"a title word that modifies a noun in apposition is no title", "Headline\n\nHugo Alvarez, the chief accused in the case, visited Lima.", "person:hugo-alvarez", nil},
		{"an honorific between title and name", "Headline\n\nChile's ambassador Sir Hugo Alvarez spoke.", "person:hugo-alvarez",
			[]Role{{Title: "ambassador", Of: "country:CHL"}}},
		{"adjectives before a title in apposition", "Headline\n\nHugo Alvarez, a communist minister in the region, said so.", "person:hugo-alvarez",
			[]Role{{Title: "communist minister"}}},
		{"the field of a title in capitals before it", "Headline\n\nHong Kong Financial Secretary Hugo Alvarez spoke.", "person:hugo-alvarez",
			[]Role{{Title: "financial secretary"}}},
		{"a nationality in apposition is the person's, whose state office it owns", "Bosnia votes\n\nAmbassador Hugo Alvarez, an American, heads the mission.", "person:hugo-alvarez",
			[]Role{{Title: "ambassador", Of: "country:USA"}}},
		{"an adjective of a people before a title in capitals is no field", "Headline\n\nRuritanian Prime Minister Hugo Alvarez spoke.", "person:hugo-alvarez",
			[]Role{{Title: "prime minister"}}},
		{"a former state's adjective is its state's", "Headline\n\nZairean Prime Minister Hugo Alvarez spoke.", "person:hugo-alvarez",
			[]Role{{Title: "prime minister", Of: "country:COD"}}},
		{"activist is no title", "Headline\n\nThe blogger and activist Lina Saleh was detained.", "person:lina-saleh", nil},
		{"a title that names no one, then the name opening the next sentence", "Headline\n\nChile's president has defended the sale of the mine, saying it was fair. Hugo Alvarez said the state had done nothing wrong.",
			"person:hugo-alvarez", []Role{{Title: "president", Of: "country:CHL"}}},
		{"a title in capitals with a field, in a clause", "Headline\n\nIt comes after Chile's High Commissioner to Peru said some Chileans should vote. Dr Hugo Alvarez said people must take part.",
			"person:hugo-alvarez", []Role{{Title: "high commissioner", Of: "country:CHL"}}},
		{"a title of a noun's possessive", "Headline\n\nMost users were in Chile, the campaign's director told the BBC. Hugo Alvarez said the campaign would go on.",
			"person:hugo-alvarez", []Role{{Title: "director"}}},
		{"the next name has a title of its own", "Headline\n\nChile's president has defended the sale. Opposition leader Hugo Alvarez said it was wrong.",
			"person:hugo-alvarez", []Role{{Title: "opposition leader"}}},
		{"two offices: the name may be either's", "Headline\n\nChile's president said Peru's foreign minister was wrong. Hugo Alvarez said the talks would go on.",
			"person:hugo-alvarez", nil},
		{"the title's sentence names a person", "Headline\n\nChile's president met Ana Ruiz on Monday. Hugo Alvarez said the talks went well.",
			"person:hugo-alvarez", nil},
		{"a title naming its country that no one holds, for the one person of that country", "Headline\n\nPeruvian President Hugo Alvarez met Ana Ruiz, a Chilean. He opposed talks between Bolivia and the Chilean president.",
			"person:ana-ruiz", []Role{{Title: "president", Of: "country:CHL"}}},
		{"two people of that country", "Headline\n\nPeruvian President Hugo Alvarez met Ana Ruiz, a Chilean, and Luis Soto, a Chilean. He opposed talks between Bolivia and the Chilean president.",
			"person:ana-ruiz", nil},
		{"the one person of that country holds an office of their own", "Headline\n\nPeruvian President Hugo Alvarez met Chilean Foreign Minister Ana Ruiz. He opposed talks between Bolivia and the Chilean president.",
			"person:ana-ruiz", []Role{{Title: "foreign minister", Of: "country:CHL"}}},
		{"an office of a state's army with no owner named is the story's state's", "Peru detains rebels\n\nArmy spokesman Hugo Alvarez said troops had detained 12 rebels.",
			"person:hugo-alvarez", []Role{{Title: "army spokesman", Of: "country:PER"}}},
		{"but the guess is not shared with a rank read beside it", "Peru detains rebels\n\nArmy spokesman Maj Gen Hugo Alvarez said troops had detained 12 rebels.",
			"person:hugo-alvarez", []Role{{Title: "army spokesman", Of: "country:PER"}, {Title: "major general"}}},
		{"a police office's owner is the country of the dateline", "Chilean plane hijacked\n\nLIMA, Peru 2025-03-03\n\nPolice spokesman Hugo Alvarez said the hijackers remained on board.",
			"person:hugo-alvarez", []Role{{Title: "police spokesman", Of: "country:PER"}}},
		{"a rank is no office of a state's forces", "Peru detains rebels\n\nGeneral Hugo Alvarez said troops had detained 12 rebels.",
			"person:hugo-alvarez", []Role{{Title: "general"}}},
		{"a title in a relative clause, read from the tree", "Headline\n\nHugo Alvarez, who is Peru's foreign minister, arrived on Monday.",
			"person:hugo-alvarez", []Role{{Title: "foreign minister", Of: "country:PER"}}},
		{"a title in apposition past an age, read from the tree", "Headline\n\nHugo Alvarez, 54, a former trade minister of Bolivia, was also present.",
			"person:hugo-alvarez", []Role{{Title: "former trade minister", Of: "country:BOL"}}},
		{"an office in a company with no owner named is the one company's", "Headline\n\nTolvaren Motors Ltd cut 300 jobs on Monday. Chief executive Hugo Alvarez said the cuts were needed.",
			"person:hugo-alvarez", []Role{{Title: "chief executive", Of: "organization:tolvaren-motors-ltd"}}},
		{"but no one's when the story names two companies", "Headline\n\nTolvaren Motors Ltd bid for Brastan Mining on Monday. Chief executive Hugo Alvarez said the bid was fair.",
			"person:hugo-alvarez", []Role{{Title: "chief executive"}}},
		{"a company's noun before a title names the company the story last named", "Headline\n\nBrastan Mining closed a mine in Peru on Monday. \"No one will lose a job,\" a company spokesman, Hugo Alvarez, said in Lima.",
			"person:hugo-alvarez", []Role{{Title: "spokesman", Of: "organization:brastan-mining"}}},
		{"and before a name", "Headline\n\nBrastan Mining closed a mine in Peru on Monday. Company spokesman Hugo Alvarez said no one would lose a job.",
			"person:hugo-alvarez", []Role{{Title: "spokesman", Of: "organization:brastan-mining"}}},
		{"a capital's possessive owns the office for its state", "Headline\n\nLima's Foreign Minister Hugo Alvarez said Santiago was overreacting.",
			"person:hugo-alvarez", []Role{{Title: "foreign minister", Of: "country:PER"}}},
		{"a capital of a state the story names is another state in the sentence", "Peru hosts talks\n\nThe talks with Chile open on Monday. Prime Minister Hugo Alvarez said Santiago had agreed.",
			"person:hugo-alvarez", []Role{{Title: "prime minister"}}},
		{"but not a capital whose state the story never names", "Peru hosts talks\n\nPrime Minister Hugo Alvarez called for closer relations with Brussels.",
			"person:hugo-alvarez", []Role{{Title: "prime minister", Of: "country:PER"}}},
		{"the island's minister is the country the sentence named before", "Peru hosts talks\n\nThe envoy flew to Cuba, where he met the island's interior minister, Hugo Alvarez.",
			"person:hugo-alvarez", []Role{{Title: "interior minister", Of: "country:CUB"}}},
		{"a lawyer's office is no state's", "Peru jails banker\n\nHis lawyer, Hugo Alvarez, said he would appeal.",
			"person:hugo-alvarez", []Role{{Title: "lawyer"}}},
		{"whose office: the party the relative clause's noun is in apposition to", "Headline\n\nMany belonged to the Shining Path, a militant movement whose leader, Hugo Alvarez, accused Peru of lying.",
			"person:hugo-alvarez", []Role{{Title: "leader", Of: "organization:shining-path"}}},
		{"a plural title of a group of states named before, one each in order", "Headline\n\nPeru has been talking to Chile, Bolivia and Ecuador. It met the foreign ministers of the three countries, Ana Ruiz, Hugo Alvarez and Luis Soto, on Monday.",
			"person:hugo-alvarez", []Role{{Title: "foreign minister", Of: "country:BOL"}}},
		{"but no owner when the group's states are not listed", "Headline\n\nPeru met the foreign ministers of the three countries, Ana Ruiz, Hugo Alvarez and Luis Soto, on Monday.",
			"person:hugo-alvarez", []Role{{Title: "foreign minister"}}},
		{"an appointing verb before a name and 'as' after it, past an apposition", "Peru names new premier\n\nPeru's new President Ana Ruiz has appointed Hugo Alvarez, her close ally in the campaign, as acting prime minister.",
			"person:hugo-alvarez", []Role{{Title: "acting prime minister", Of: "country:PER"}}},
		{"an appointing verb before a description of the person", "Peru names new cabinet\n\nPeru's President Ana Ruiz on Friday named respected economist Hugo Alvarez as finance minister.",
			"person:hugo-alvarez", []Role{{Title: "economist"}, {Title: "finance minister", Of: "country:PER"}}},
		{"an appointing verb and the title right after the name", "Peru names new cabinet\n\nPeru's President Ana Ruiz named Hugo Alvarez finance minister on Friday.",
			"person:hugo-alvarez", []Role{{Title: "finance minister", Of: "country:PER"}}},
		{"a title right after the appointed name is the next name's", "Peru names new cabinet\n\nPeru's President Ana Ruiz named Hugo Alvarez Finance Minister Luis Vega said.",
			"person:hugo-alvarez", nil},
		{"but 'as' naming no title gives none", "Headline\n\nThe court named Hugo Alvarez as a witness.", "person:hugo-alvarez", nil},
		{"a body's head word in the other spelling of its name", "Headline\n\nThe Organization of Andean Traders met in Lima on Monday. The organisation's special envoy, Hugo Alvarez, said so.",
			"person:hugo-alvarez", []Role{{Title: "special envoy", Of: "organization:organization-of-andean-traders"}}},
		{"the name is no subject of the next sentence", "Headline\n\nChile's president has defended the sale. Critics of Hugo Alvarez said it was wrong.",
			"person:hugo-alvarez", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			var got []Role
			for _, e := range r.Entities {
				if e.Key == tc.person {
					for _, ro := range e.Roles {
						got = append(got, Role{Title: ro.Title, Of: ro.Of})
					}
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("roles of %s (-want +got):\n%s\nentities: %q", tc.person, diff, entitySet(r))
			}
		})
	}
}

// eventSet renders events as "agents action targets negated".
func eventSet(r *Result) []string {
	var out []string
	for _, e := range r.Events {
		s := strings.Join(e.Agents, ",") + " " + e.Action + " " + strings.Join(e.Targets, ",")
		if e.Negated {
			s += " negated"
		}
		out = append(out, s)
	}
	return out
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"active", "Headline\n\nRussia attacked Ukraine on Tuesday.", []string{"country:RUS attack country:UKR"}},
		{"coordinated agents", "Headline\n\nThe US and UK sanctioned China.", []string{"country:GBR,country:USA sanction country:CHN"}},
		{"a body's seat acting, in a story of the body", "EU and US talks\n\nThe European Union and the US met. Brussels later accused the US of lying.",
			[]string{"organization:european-union meet country:USA", "organization:european-union accuse country:USA"}},
		{"he after a sentence with no actor for subject is the one person it names", "Headline\n\nThe crisis led Chilean President Hugo Soto to act. He expelled Peru's ambassador on Monday.",
			[]string{"person:hugo-soto expel country:PER"}},
		{"the seat is the capital of its state in a story without the body", "Headline\n\nBrussels accused the Netherlands of lying.", []string{"country:BEL accuse country:NLD"}},
		{"light verb", "Headline\n\nFrance imposed sanctions on Iran.", []string{"country:FRA sanction country:IRN"}},
		{"the mediators of talks are no parties of them", "Headline\n\nTalks mediated by Qatar and Egypt resumed on Monday.", nil},
		{"a list goes on past a name's short form in brackets", "Headline\n\nChile accused the Tolvar Crimes Commission (TCC) and the Mirovka State Service (MSS) of spying.",
			[]string{"country:CHL accuse organization:mirovka-state-service,organization:tolvar-crimes-commission"}},
		{"a title two hold stands for the one an earlier sentence gives it, not the counterpart named beside it", "Headline\n\nChile's Foreign Minister Ana Ruiz arrived in Lima on Monday. The minister met her Peruvian counterpart Juan Soto on Tuesday.",
			[]string{"person:ana-ruiz meet person:juan-soto"}},
		{"the plural of an event noun in -ing, with its owner and its 'with'", "Headline\n\nPeruvian President Juan Soto's meetings with Chilean President Ana Ruiz were cordial.",
			[]string{"person:juan-soto meet person:ana-ruiz"}},
		{"one handed over to another state in the passive is handed over by the story's state", "Peru extradites suspect\n\nAna Ruiz was extradited to the United States on Monday.",
			[]string{"country:PER extradite person:ana-ruiz"}},
		{"but never by the state one is handed to", "US receives suspect\n\nAna Ruiz was extradited to the United States on Monday.", nil},
		{"people in apposition to a plural noun are the passive's subject", "Peru arrests journalists\n\nTwo Chilean journalists, Ana Ruiz and Luis Vega, were arrested in Peru on Monday.",
			[]string{"country:PER arrest person:ana-ruiz,person:luis-vega"}},
		{"and the active's", "Headline\n\nTwo Chilean ministers, Ana Ruiz and Luis Vega, criticized Peru on Monday.",
			[]string{"person:ana-ruiz,person:luis-vega criticize country:PER"}},
		{"a trip to a country is a visit", "Headline\n\nPeruvian President Ana Ruiz began her trip to Chile on Monday.",
			[]string{"person:ana-ruiz visit country:CHL"}},
		{"but not one called off", "Headline\n\nPeruvian President Ana Ruiz's trip to Chile was cancelled.", nil},
		{"a participle after 'and' shares the subject of the passive before it, past the names inside it", "Headline\n\nChilean President Ana Ruiz said she was disappointed by the decision to expel Luis Vega and called on Peru to reverse it.",
			[]string{"person:ana-ruiz urge country:PER"}},
		{"a name that ends in its trade is a company's, which 'the company' the next sentence names", "Headline\n\nTarvo Mining said it had sued Kestrel Holdings. The company also accused Chile of fraud.",
			[]string{"organization:tarvo-mining sue organization:kestrel-holdings", "organization:tarvo-mining accuse country:CHL"}},
		{"a protest against an act of harm is against its doer named by 'by', not its victim", "Headline\n\nPeru protested against the illegal detention of Peruvian fishermen by the Chilean navy.",
			[]string{"country:PER protest country:CHL", "country:CHL detain country:PER"}},
		{"a pronoun opening a relative clause on the object is the main clause's subject", "Headline\n\nChile arrested Juan Soto, whom it accuses of spying for Peru.",
			[]string{"country:CHL arrest person:juan-soto", "country:CHL accuse person:juan-soto"}},
		{"the object of a relative clause with no relative pronoun is the noun before it, its nationality's people", "Headline\n\nPeru arrested two Chilean fishermen it accused of smuggling.",
			[]string{"country:PER arrest country:CHL", "country:PER accuse country:CHL"}},
		{"a counterpart with no nationality is the one holder of the office elsewhere", "Headline\n\nChilean President Ana Ruiz spoke on Monday. Peruvian President Juan Soto accused his counterpart of lying.", []string{"person:juan-soto accuse person:ana-ruiz"}},
		{"an owner's relation in apposition to a name is the name", "Headline\n\nJuan Soto centered his attacks on Luis Vega's arch rival and predecessor, Ana Ruiz.", []string{"person:juan-soto attack person:ana-ruiz"}},
		{"the country a state acts on besides another is the other", "Headline\n\nPeru recalled its envoy from Chile and accused the country of spying.", []string{"country:PER recall country:CHL", "country:PER accuse country:CHL"}},
		{"a company noun with a nationality is the last company of that country", "Headline\n\nVolkswagen and Toyota met on Monday. Siemens bought a stake in the Japanese carmaker.",
			[]string{"organization:volkswagen meet organization:toyota", "organization:siemens invest organization:toyota"}},
		{"a company noun in an object's place is not its clause's subject", "Headline\n\nTolvar Corp cut prices for Mirovka Holdings on Monday. Tolvar Corp sued the company.",
			[]string{"organization:tolvar-corp sue organization:mirovka-holdings"}},
		{"a party's group after whose acts for the party", "Headline\n\nThe rebels blamed Chile, whose army attacked Peru last week.", []string{"country:CHL attack country:PER"}},
		{"an act its owner's possessive opens is the owner's doing", "Headline\n\nThe EU's last round of sanctions in April targeted Bolivia.", []string{"organization:european-union target country:BOL"}},
		{"police stand for the state, as authorities do, but not before a noun", "Chile expels Peruvian envoy\n\nPolice released another Peruvian suspect, Ana Ruiz, on Monday. Bolivian troops attacked the police. Bolivian troops attacked police posts near the border.",
			[]string{"country:CHL expel country:PER", "country:CHL release person:ana-ruiz", "country:BOL attack country:CHL"}},
		{"an act said after a summons is said to whom was summoned", "Headline\n\nChile summoned Peru's ambassador and lodged a strong protest over the shelling.",
			[]string{"country:CHL summon country:PER", "country:CHL protest country:PER"}},
		{"a decision with no owner is not the critic's", "Headline\n\nChile criticised the decision to expel the Peruvian envoy. Bolivia took the decision to expel the Argentine envoy.",
			[]string{"country:BOL expel country:ARG"}},
		{"a ministry of a nationality stands for its state", "Headline\n\nThe Russian Ministry of Foreign Affairs summoned the British ambassador.", []string{"country:RUS summon country:GBR"}},
		{"a ministry of no state stands for the headline's", "Iran summons envoys\n\nThe British envoy was summoned by the foreign ministry on Monday.", []string{"country:IRN summon country:GBR"}},
		{"a ministry named in lower case by its field after of", "Iran summons envoys\n\nThe British and French envoys were summoned by the ministry of foreign affairs on Monday.", []string{"country:IRN summon country:FRA,country:GBR"}},
		{"negated", "Headline\n\nJapan will not sanction China.", []string{"country:JPN sanction country:CHN negated"}},
		{"kept from doing", "Headline\n\nJapan prevented Taiwan from attacking China.", []string{"country:JPN prevent country:TWN", "country:TWN attack country:CHN negated"}},
		{"passive with by", "Headline\n\nIran was attacked by Israel.", []string{"country:ISR attack country:IRN"}},
		{"modal is not an event", "Headline\n\nGermany could sanction Russia.", nil},
		{"apposition between subject and verb", "Headline\n\nJohn Smith, the foreign minister of Canada, met Yuki Tanaka.", []string{"person:john-smith meet person:yuki-tanaka"}},
		{"symmetric action among coordinated parties", "Headline\n\nChile, Peru and Bolivia signed the accord on Monday.",
			[]string{"country:CHL sign country:PER", "country:CHL sign country:BOL", "country:PER sign country:BOL"}},
		{"an infinitive of purpose shares the subject of its object's verb", "Headline\n\nChile sent troops to Peru to fight Bolivia.",
			[]string{"country:CHL send country:PER", "country:CHL fight country:BOL"}},
		{"a participle after a thing is the thing's doing", "Headline\n\nChile released a video showing boats attacking Peru.", nil},
		{"a passive participle after a thing is done to the thing", "Headline\n\nChile is studying plans submitted by Peru.", nil},
		{"a passive participle after a group noun is done to its owner", "Headline\n\nChilean troops attacked by Peru withdrew.", []string{"country:PER attack country:CHL"}},
		{"a participle after a statement is its author's doing", "Headline\n\nChile issued a statement condemning Peru.", []string{"country:CHL condemn country:PER"}},
		{"a claim between dashes answered by an actor", "Headline\n\nChile has accused Peru of backing the rebels - a charge Peru denies - while Bolivia kept silent.",
			[]string{"country:CHL accuse country:PER", "country:PER deny country:CHL"}},
		{"a claim in apposition answered by an actor", "Headline\n\nChile accused Peru of spying, a charge Lima rejected.",
			[]string{"country:CHL accuse country:PER", "country:PER reject country:CHL"}},
		{"a denial's target is the claim's author", "Headline\n\nChile denied the allegations by Peru.", []string{"country:CHL deny country:PER"}},
		{"a denial of no claim is no event", "Headline\n\nChile denied Peru access to the port.", nil},
		{"the subject of the next clause is no object", "Headline\n\nChile attacked the town and Peru said it would respond.", nil},
		{"coordinated objects", "Headline\n\nChile attacked Bolivia and Peru on Monday.", []string{"country:CHL attack country:BOL,country:PER"}},
		{"a country's business office is no office of state", "Headline\n\nChile's football bosses fined Ana Ruiz.", nil},
		{"a body named in apposition to the noun of its kind is the subject", "Headline\n\nMeanwhile, Valdor Mining Corp's budget airline, Kestrel Air Holdings, is to buy aircraft from Chile.",
			[]string{"organization:kestrel-air-holdings buy country:CHL"}},
		{"but not one in the phrase of a title", "Headline\n\nLuis Vega, a spokesman for the main opposition party, Tupac Front, accused Chile of lying.",
			[]string{"person:luis-vega accuse country:CHL"}},
		{"a party to a mutual act in the passive", "Headline\n\nKestrel Holdings will now be merged with Valdor Mining Corp.",
			[]string{"organization:kestrel-holdings merge organization:valdor-mining-corp"}},
		{"but a state in the present passive is a standing tie", "Headline\n\nThe Tupac Front, which is allied with Chile, attacked a town.", nil},
		{"a body's management stands for the body", "Headline\n\nValdor Mining Corp made an offer on Monday. Its management held talks with Chile.",
			[]string{"organization:valdor-mining-corp meet country:CHL"}},
		{"a company sold to a party is bought by it", "Headline\n\nValdor Mining Corp sold Kestrel Holdings to Orvane Capital Group.",
			[]string{"organization:valdor-mining-corp sell organization:kestrel-holdings", "organization:orvane-capital-group buy organization:kestrel-holdings"}},
		{"a company bought from a party is sold by it", "Headline\n\nValdor Mining Corp bought Kestrel Holdings from Orvane Capital Group.",
			[]string{"organization:valdor-mining-corp buy organization:kestrel-holdings", "organization:orvane-capital-group sell organization:kestrel-holdings"}},
		{"a body's unit by its name is what it sells", "Headline\n\nValdor Mining Corp sold its Kestrel Holdings unit to Orvane Capital Group.",
			[]string{"organization:valdor-mining-corp sell organization:kestrel-holdings", "organization:orvane-capital-group buy organization:kestrel-holdings"}},
		{"the owner's unit is the unit the story named, not the owner", "Headline\n\nOrvane Capital Group bought a stake in mining unit Kestrel Holdings. The former Valdor Mining Corp subsidiary was eventually acquired by Chile.",
			[]string{"organization:orvane-capital-group invest organization:kestrel-holdings", "country:CHL acquire organization:kestrel-holdings"}},
		{"an order placed for a maker's goods is placed with the maker", "Headline\n\nChile has placed an order for 70 Kestrel Holdings trucks.",
			[]string{"country:CHL order organization:kestrel-holdings"}},
		{"a defending champion defends no one", "Headline\n\nAna Ruiz surged past Pedro Soto and defending champion Luis Vega of Chile.", nil},
		{"an arrest is done to no place", "Headline\n\nIvorian police arrested an opposition organiser in Abidjan.", nil},
		{"a company auctioned is sold", "Headline\n\nChile auctioned Kestrel Holdings to Orvane Capital Group.",
			[]string{"country:CHL auction organization:kestrel-holdings", "organization:orvane-capital-group buy organization:kestrel-holdings"}},
		{"and so is one whose auction is told", "Headline\n\nThe auction of Kestrel Holdings by Chile was completed.",
			[]string{"country:CHL auction organization:kestrel-holdings"}},
		{"arms sold to a state have it for target already", "Headline\n\nChile sold arms to Peru.", []string{"country:CHL sell country:PER"}},
		{"cutting a party's place in a body cuts its tie with the body", "Headline\n\nChile froze its participation in the Organization of American States.",
			[]string{"country:CHL freeze organization:organization-of-american-states"}},
		{"a relative clause after a description in apposition is the name's", "Headline\n\nAna Ruiz, a farmer from Cuzco who was jailed by Chile, was freed.",
			[]string{"country:CHL jail person:ana-ruiz"}},
		{"a verbal act after a reported clause is the speaker's", "Headline\n\nChile said Bolivia needed more aid but criticised Peru.", []string{"country:CHL criticize country:PER"}},
		{"a material act after a reported clause is the clause subject's", "Headline\n\nChile said Bolivia had shelled the town and attacked Peru.", []string{"country:BOL attack country:PER"}},
		{"a noun of an armed attack after a light verb", "Headline\n\nChile began an offensive against Peru on Monday.", []string{"country:CHL attack country:PER"}},
		{"a noun of an armed attack after its weapon", "Headline\n\nChile launched a rocket attack on Peru.", []string{"country:CHL attack country:PER"}},
		{"a noun of an armed attack with its agent", "Headline\n\nThe onslaught by Chile on Peru killed ten people.", []string{"country:CHL attack country:PER"}},
		{"the company is the one the sentence before opens with", "Headline\n\nValdor Mining Corp said on Monday it had sued Kestrel Holdings. The company also accused Peru of breaking the contract.",
			[]string{"organization:valdor-mining-corp sue organization:kestrel-holdings", "organization:valdor-mining-corp accuse country:PER"}},
		{"an act of force on a state's mission is on the state", "Headline\n\nChile struck the Peruvian embassy in Quito.", []string{"country:CHL strike country:PER"}},
		{"a protest at a state's mission stays at the place", "Headline\n\nChile protested outside the Peruvian embassy.", []string{"country:CHL protest location:peruvian-embassy"}},
		{"a relative clause on a state's body is on the state", "Headline\n\nPeru's government, which has been accused by Chile of rigging the vote, arrested three leaders.", []string{"country:CHL accuse country:PER"}},
		{"accepting a proposal answers its author", "Headline\n\nChile accepted a Peruvian proposal for a truce.", []string{"country:CHL accept country:PER"}},
		{"yielding to demands answers their author", "Headline\n\nChile gave in to demands from Peru.", []string{"country:CHL yield country:PER"}},
		{"joint exercises of two parties", "Headline\n\nChile and Peru held joint military exercises on Monday.", []string{"country:CHL exercise country:PER"}},
		{"military exercises near another party", "Headline\n\nChile held military exercises near Peru.", []string{"country:CHL drill country:PER"}},
		{"talks in an opening phrase after a preposition in -ing", "Headline\n\nFollowing talks with Peru in Lima, Chilean President Ana Ruiz said trade would grow.", []string{"person:ana-ruiz meet country:PER"}},
		{"a vow of an act of force is a threat", "Headline\n\nChile vowed to retaliate against Peru.", []string{"country:CHL vow country:PER"}},
		{"a threat of what the infinitive names", "Headline\n\nChile threatened to impose tariffs on Peru.", []string{"country:CHL threaten country:PER"}},
		{"a name in apposition to a subject's title for a country", "Headline\n\nThe UN's envoy for Chile, Ana Ruiz, called on Peru to withdraw its troops.", []string{"person:ana-ruiz urge country:PER"}},
		{"a list of people goes on past a title in apposition", "Headline\n\nChile met Ana Ruiz, the head of Petroperu, and Luis Vega, the head of Enap.", []string{"country:CHL meet person:ana-ruiz,person:luis-vega"}},
		{"and a list of subjects too", "Headline\n\nAna Ruiz, the head of Petroperu, and Luis Vega met in Lima.", []string{"person:ana-ruiz meet person:luis-vega"}},
		{"a relative clause on a body named with the noun of its kind", "Headline\n\nThe Tupac Front alliance, which attacked Peru in 2013, was not invited.", []string{"organization:tupac-front attack country:PER"}},
		{"held without charge is a detention", "Headline\n\nPeruvian police held two Chilean journalists without charge for a week.", []string{"country:PER detain country:CHL"}},
		{"taken into custody an arrest", "Headline\n\nAna Ruiz was taken into custody by Peruvian police.", []string{"country:PER arrest person:ana-ruiz"}},
		{"a passive's subject named in apposition with the body the person is of", "Peru detains opposition lawmaker\n\nAnother opposition deputy, Ana Ruiz of the Popular Front party, has been held without trial since January.", []string{"country:PER detain person:ana-ruiz"}},
		{"a plural subject's verb the tagger took for a preposition", "Headline\n\nThe Red Shirts accuse Ana Ruiz of lying to Congress.", []string{"organization:red-shirts accuse person:ana-ruiz"}},
		{"a list goes on past the plural title whose states it names", "Headline\n\nAna Ruiz spoke by telephone to Luis Vega, and the presidents of Peru and Bolivia.", []string{"person:ana-ruiz speak country:BOL,country:PER,person:luis-vega"}},
		{"what a party needed to do, said by another, is a demand", "Headline\n\nAna Ruiz said Peru needed to withdraw its troops.", []string{"person:ana-ruiz demand country:PER"}},
		{"and what it had to do, said after it", "Headline\n\nPeru had to withdraw its troops, Ana Ruiz said.", []string{"person:ana-ruiz demand country:PER"}},
		{"a body's title before a verb is the one who holds it", "Headline\n\nBlue Party co-chairman Luis Vega spoke on Monday. The Blue Party co-chairman criticised Peru.", []string{"person:luis-vega criticize country:PER"}},
		{"who is told is the plural noun after the verb, not a party in what is told", "Headline\n\nAna Ruiz told MPs a new White Paper was part of a plan.", nil},
		{"the purpose of an act wanted of another is wanted too", "Headline\n\nThe Blue Party wants Chile to use its influence to pressure Peru.", nil},
		{"a headline's nationality of a firm names no state, with no article", "EU fines Italian energy firm\n\nThe fine was the largest this year.", nil},
		{"a mission's people ordered to leave are its state's", "Headline\n\nPeru ordered a Chilean embassy official to leave within 48 hours.", []string{"country:PER expel country:CHL"}},
		{"the government accused of something is the story's state's", "Peru cuts spending\n\nThe Blue Party accused the government of complacency.", []string{"organization:blue-party accuse country:PER"}},
		{"a critic of a party is no subject its name gives", "Headline\n\nA critic of President Ana Ruiz accused Peru of lying.", nil},
		{"supporters of a leader are not the leader", "Headline\n\nSupporters of former President Ana Ruiz attacked the Peruvian embassy.", nil},
		{"parties who raise concerns about another's acts criticise it, not each other", "Headline\n\nChile and Bolivia raised concerns about Peru's new tariffs.", []string{"country:BOL,country:CHL criticize country:PER"}},
		{"parties who hold drills hold them together, a sense of no other preposition", "Headline\n\nChile and Peru held drills in the Pacific.", []string{"country:CHL drill country:PER"}},
		{"a list of subjects goes on before a name an acronym in brackets shortens", "Headline\n\nThe Peruvian government and the Blue Path Front (BPF) reached a peace agreement on Wednesday.", []string{"country:PER agree organization:blue-path-front"}},
		{"a ministry the lexicon knows is another state's after its nationality", "Headline\n\nThe German Foreign Office summoned Peru's ambassador.", []string{"organization:german-foreign-office summon country:PER"}},
		{"an alliance inked is an agreement signed", "Headline\n\nChile and Peru inked a defence alliance on Monday.", []string{"country:CHL sign country:PER"}},
		{"a headline's verb before the words of its phrase", "Colombia and FARC rebels sign peace deal\n\nThe deal ends the war.", []string{"country:COL sign organization:revolutionary-armed-forces-of-colombia"}},
		{"counterparts of two nationalities named in apposition are the two people", "Headline\n\nAna Ruiz held talks with her Chilean and Peruvian counterparts, Luis Vega and Pedro Gil, on Monday.", []string{"person:ana-ruiz meet person:luis-vega,person:pedro-gil"}},
		{"and with no names, the two states", "Headline\n\nAna Ruiz held talks with her Chilean and Peruvian counterparts on Monday.", []string{"person:ana-ruiz meet country:CHL,country:PER"}},
		{"a phrasal verb with its object before the particle", "Headline\n\nChile handed two suspects over to Peru on Monday.", []string{"country:CHL hand country:PER"}},
		{"its object the party between", "Headline\n\nPeru turned Chile down on Monday.", []string{"country:PER reject country:CHL"}},
		{"and the particle right after the verb its own pattern still", "Headline\n\nChile handed over Peru's ambassador to Bolivia on Monday.", []string{"country:CHL hand country:BOL"}},
		{"a participle between a nationality and its noun is no act", "Headline\n\nThe chief of the Chilean armed forces, Ana Ruiz, visited Peru.", []string{"person:ana-ruiz visit country:PER"}},
		{"a state's organ named by a town before it is the town's state", "Headline\n\nA Hamburg court sentenced Luis Vega to four years in prison.", []string{"country:DEU sentence person:luis-vega"}},
		{"a party coordinated with the subject past a description the windows stop at", "Deal\n\nChile's Ana Ruiz and the exiled rebel chief Jorge Soto signed a deal on Thursday.", []string{"person:ana-ruiz sign person:jorge-soto"}},
		{"and past a relative clause after the second", "Deal\n\nAna Ruiz and the Peruvian rebel leader Jorge Soto, who is wanted in Chile, signed a deal.", []string{"person:ana-ruiz sign person:jorge-soto"}},
		{"a name in apposition to a counterpart joined to the subject", "Headline\n\nChilean Foreign Minister Ana Ruiz and her Peruvian counterpart, Jorge Soto, signed the accord in Geneva.", []string{"person:ana-ruiz sign person:jorge-soto"}},
		{"a counterpart named elsewhere in the story is that person", "Headline\n\nPeruvian Energy Minister Jorge Soto said the fields were closed. Chilean Energy Minister Ana Ruiz telephoned her Peruvian counterpart on Monday.", []string{"person:ana-ruiz telephone person:jorge-soto"}},
		{"and the two ministers are the two", "Headline\n\nPeruvian Foreign Minister Jorge Soto accused Chile of lying. Foreign Minister Ana Ruiz of Chile said she had spoken to her Peruvian counterpart and that the two ministers would meet in Lima.", []string{"person:jorge-soto accuse country:CHL", "person:ana-ruiz speak person:jorge-soto", "person:ana-ruiz meet person:jorge-soto"}},
		{"taking a party after an article to court", "Headline\n\nZambia sold the mine in March. The IMF took the government to court last month.", []string{"organization:international-monetary-fund sue country:ZMB"}},
		{"a body accused of a quoted gerund", "Headline\n\nThe Mineworkers Union of Zambia went on strike. Minister Ana Ruiz accused the union of \"scaring away investors\".", []string{"person:ana-ruiz accuse organization:mineworkers-union-of-zambia"}},
		{"a state's neighbour is the other of the story's pair", "Headline\n\nColombia and Ecuador have clashed over the border. Bogota accused its neighbour of failing to stop the rebels.", []string{"country:COL clash country:ECU", "country:COL accuse country:ECU"}},
		{"a state's own thing is no target", "Headline\n\nPeru sold its Chilean unit to Glencore.", nil},
		{"a stance on a party told in the simple present is one held", "Headline\n\nMeanwhile, Bolivia backs the Tarvo Front, a group that has long sought independence.", nil},
		{"but said so, it is what was said", "Headline\n\nChile said it backs the Tarvo Front.", []string{"country:CHL back organization:tarvo-front"}},
		{"and so inside a quotation", "Headline\n\n\"Chile supports Peru's bid,\" Ana Ruiz told reporters.", []string{"country:CHL support country:PER"}},
		{"trade told in the simple present is a standing relation", "Headline\n\nAcme Mining, which makes chips and sells most of them to Japan, said so. The US provides aid to Egypt.", nil},
		{"but a headline tells its news in the present", "Peru sells stake to Chile\n\nThe deal was signed on Monday.", []string{"country:PER sell country:CHL"}},
		{"and the past is an event", "Headline\n\nAcme Mining sold most of its output to Japan.", []string{"organization:acme-mining sell country:JPN"}},
		{"a claim for a sum has its author", "Headline\n\nUnocal has rejected a $1.2bn takeover offer from Chevron.", []string{"organization:unocal reject organization:chevron"}},
		{"people killed in a place are whom, the place is where", "Headline\n\nIranian agents killed three Kurdish leaders in Berlin.", nil},
		{"but positions shelled in a state are the state's", "Headline\n\nIsrael shelled positions in Lebanon.", []string{"country:ISR shell country:LBN"}},
		{"people arrested in a place are whom, the place is where", "Headline\n\nThe men were arrested by Malaysian police in Kelantan last week.", nil},
		{"but a thing imposed in a place is imposed on it", "Headline\n\nThe Ivorian army imposed a curfew in Abidjan.", []string{"country:CIV restrict location:abidjan"}},
		{"a participle in commas after the subject's noun is read past", "Headline\n\nBurundi's government, led by the former rebels of the CNDD-FDD, welcomed the FNL's decision.", []string{"country:BDI welcome organization:fnl"}},
		{"a warning that the speaker's own group will act is on no one", "Headline\n\nThe Liberation Tigers of Tamil Eelam fought on. The rebels' political head, SP Thamilselvan, said so. Mr Thamilselvan warned that the Tigers would not remain silent.", nil},
		{"a body's office in capitals before the name in apposition opens the subject", "Nepal clashes\n\nThe United Nations Secretary General, Kofi Annan, welcomed the extension and called on the government to reciprocate.", []string{"person:kofi-annan urge country:NPL"}},
		{"shelter given is asylum granted, denied in a clause the denial governs", "Nepal row\n\nThe Maoists met in Delhi. India's foreign secretary, Shyam Saran, denied that Delhi had given shelter to the Maoists.", []string{"country:IND shelter organization:maoists negated"}},
		{"what a party was fined for is its act, past the sum", "Row\n\nPeru fined Chile $4m for attacking Bolivia.", []string{"country:PER fine country:CHL", "country:CHL attack country:BOL"}},
		{"and no one's when the party fined is not named", "Row\n\nNigeria has fined three foreign oil companies a total of $84m for burning off gas at their fields in the Niger Delta.", nil},
		{"a statement on a medium addresses no one", "Headline\n\nAna Ruiz wrote on Facebook that Peru had lied. She wrote to Bolivia on Monday.", []string{"person:ana-ruiz write country:BOL"}},
		{"who acts in support of a party supports it", "Headline\n\nChile mounted a campaign in support of Peru. Bolivia voted in support of the resolution on Peru.", []string{"country:CHL support country:PER"}},
		{"the party in a pattern's gap after its particle", "Headline\n\nChile called in Peru's envoy on Wednesday. Bolivia called in the Chilean ambassador.", []string{"country:CHL summon country:PER", "country:BOL summon country:CHL"}},
		{"an envoy called in is summoned", "Headline\n\nChile called in Peruvian Ambassador Hugo Alvarez on Monday. Bolivia called in the army.", []string{"country:CHL summon person:hugo-alvarez"}},
		{"talks under way between parties", "Headline\n\nNegotiations were under way between Chile and Peru.", []string{"country:CHL negotiate country:PER"}},
		{"tariffs raised on a sum's worth of goods from a state", "Row\n\nPeru raised tariffs on $18 billion worth of imports from Chile. Bolivia hiked duties on Chilean copper.", []string{"country:PER tariff country:CHL", "country:BOL tariff country:CHL"}},
		{"an investigation into goods from states is of the states", "Row\n\nChile launched an anti-dumping investigation into imports of copper wire from the European Union and Peru.", []string{"country:CHL investigate country:PER,organization:european-union"}},
		{"duties on goods from states are on the states", "Row\n\nThe US has imposed anti-dumping duties on frozen and canned shrimp from China, Vietnam and Ecuador, angering exporters.", []string{"country:USA tariff country:CHN,country:ECU,country:VNM"}},
		{"but not sanctions on people who act from a state", "Row\n\nThe EU imposed sanctions on people who attacked from Syria.", nil},
		{"a contract cancelled with a party", "Row\n\nMalaysia cancelled its contract with Meridian Petroleum.", []string{"country:MYS cancel organization:meridian-petroleum"}},
		{"a passive infinitive wanted is not done", "Row\n\nNigeria wants the gas to be sold to Benin.", nil},
		{"nor one joined to it", "Row\n\nNigeria wants the gas to be used at home and sold to Benin.", nil},
		{"but one agreed to is decided", "Row\n\nAcme Holdings said it had agreed to be acquired by WorldCom Inc.", []string{"organization:worldcom-inc acquire organization:acme-holdings"}},
		{"talks a mission is sent for are the envoy's", "Headline\n\nEgypt sent its intelligence chief, Omar Suleiman, to Ramallah on Wednesday for talks with Mahmoud Abbas.", []string{"person:omar-suleiman meet person:mahmoud-abbas"}},
		{"but troops sent leave the talks the sender's", "Headline\n\nEgypt sent troops to Gaza for talks with Mahmoud Abbas.", []string{"country:EGY send location:gaza", "country:EGY meet person:mahmoud-abbas"}},
		{"a court in a town is the state's whose town it is", "Headline\n\nAn anti-terrorism court in Rawalpindi on Monday sentenced a 27-year-old man, Naveed Akhtar, to death.", []string{"country:PAK sentence person:naveed-akhtar"}},
		{"but troops in a town are not", "Headline\n\nBritish troops in Basra arrested Naveed Akhtar.", []string{"country:GBR arrest person:naveed-akhtar"}},
		{"an attack escaped is no act of the one who escaped it", "Headline\n\nGen Musharraf escaped two bomb attacks on his convoy in Rawalpindi that month.", nil},
		{"an attack survived is its doer's", "Headline\n\nPeru survived an attack by Chile.", []string{"country:CHL attack country:PER"}},
		{"pressure one comes under is from its author", "Headline\n\nPresident Pervez Musharraf has come under growing pressure from Washington to stop militants.", []string{"country:USA press person:pervez-musharraf"}},
		{"criticism one faces is from its author", "Headline\n\nChile faced mounting criticism from Peru over the deal.", []string{"country:PER criticize country:CHL"}},
		{"a leader forced from office is no act of the state", "Bolivia votes\n\nIn October 2003, President Gonzalo Sanchez de Lozada was forced from office after weeks of demonstrations.", nil},
		{"people acting for an organization are the organization", "Headline\n\nPeru met Petrobras executives on Monday.", []string{"country:PER meet organization:petrobras"}},
		{"an act blamed on a party is not the blamer's", "Headline\n\nIsrael blamed the attack on Hamas.", []string{"country:ISR blame organization:hamas"}},
		{"an act attributed to a party is not the attributor's", "Headline\n\nBritain attributed the attack to Russia.", []string{"country:GBR attribute country:RUS"}},
		{"a reaction to an act with a doer of its own", "Headline\n\nChile attacked Peru on Monday. Bolivia condemned the attack by rebels.", []string{"country:CHL attack country:PER"}},
		{"sanctions over acts against a party are not on it", "Headline\n\nThe European Union imposed sanctions on six people over cyberattacks against Peru.", nil},
		{"helping do an act aids no one", "Headline\n\nChilean destroyers helped shoot down Peruvian missiles.", []string{"country:CHL shoot country:PER"}},
		{"a memorandum of understanding signed with a party", "Headline\n\nChile signed a memorandum of understanding with Peru on Monday.", []string{"country:CHL sign country:PER"}},
		{"a message sent is said, not given", "Headline\n\nChile sent a message to Peru on Monday.", []string{"country:CHL tell country:PER"}},
		{"concerns raised with a party are discussed with it", "Headline\n\nChile raised concerns with Peru on Monday.", []string{"country:CHL discuss country:PER"}},
		{"going back to a country returns no one", "Headline\n\nThe striker Ana Ruiz returned to Peru on Monday.", nil},
		{"going back home to a country returns no one", "Headline\n\nThe striker Ana Ruiz returned home to Peru on Monday.", nil},
		{"returning someone to a country", "Headline\n\nChile returned three Peruvian prisoners on Monday.", []string{"country:CHL return country:PER"}},
		{"a package of sanctions agreed on a day", "Headline\n\nEU ministers agreed on Tuesday a new package of sanctions against Peru.", []string{"organization:european-union sanction country:PER"}},
		{"companies accused of an act are not the accusers", "Headline\n\nThe list includes Chilean companies accused of supplying drones to Peru.", nil},
		{"denying an attack told before by its doer is no event", "Headline\n\nChile attacked Peru on Monday. Chile denied the attack.", []string{"country:CHL attack country:PER"}},
		{"restrictions lifted on a country's goods", "Headline\n\nChile lifted trade restrictions on Peruvian wine.", []string{"country:CHL ease country:PER"}},
		{"a source cited is no side of the two", "Headline\n\nChile attacked Peru on Monday. The war has killed thousands in Peru, according to the United Nations. Bolivia hosted talks between the two sides.",
			[]string{"country:CHL attack country:PER", "country:BOL host country:CHL,country:PER"}},
		{"what is retaken from a party is taken from it", "Headline\n\nChilean troops retook the border town from Peru on Monday.", []string{"country:CHL retake country:PER"}},
		{"an act done to someone in an opening phrase is not the subject's", "Headline\n\nFollowing the killing of Ana Ruiz, Chile fired missiles at Peru.", []string{"country:CHL fire country:PER"}},
		{"an attack in apposition blamed on a party", "Headline\n\nAna Ruiz was assassinated in Lima in July, an attack widely blamed on Chile.", []string{"country:CHL assassinate person:ana-ruiz"}},
		{"killed in a country's drone strike", "Headline\n\nAna Ruiz was killed in a Chile drone strike.", []string{"country:CHL kill person:ana-ruiz"}},
		{"verbs joined before their one object share it", "Headline\n\nChile, which funded and armed the Peruvian Army, condemned the strike.", []string{"country:CHL fund organization:peruvian-army", "country:CHL arm organization:peruvian-army"}},
		{"a ceasefire called for between two", "Headline\n\nChile called for a ceasefire between Peru and Bolivia.", []string{"country:CHL urge country:BOL,country:PER"}},
		{"imports banned from a country", "Headline\n\nChile banned imports from Peru.", []string{"country:CHL embargo country:PER"}},
		{"an embassy reopened in a country", "Headline\n\nChile reopened its embassy in Peru.", []string{"country:CHL open country:PER"}},
		{"a pronoun after a titled name with its nationality", "Headline\n\nChilean President Ana Ruiz arrived in Lima on Monday. She met Peruvian President Jorge Soto and invited him to Santiago.",
			[]string{"person:ana-ruiz meet person:jorge-soto", "person:ana-ruiz invite person:jorge-soto"}},
		{"a pronoun after a state's body named by its nationality", "Headline\n\nThe Peruvian army said on Monday that it had repelled an attack. It accused Chilean troops of crossing the border.",
			[]string{"country:PER accuse country:CHL"}},
		{"a headline's denial of a nationality's claims", "Peru denies Chilean spying claims\n\nThe story went on.", []string{"country:PER deny country:CHL"}},
		{"a headline's verb in -s after a title", "Peru's president visits Chile\n\nThe story went on.", []string{"country:PER visit country:CHL"}},
		{"a headline's attack noun that kills", "Chilean strike kills Peruvian soldiers in Lima\n\nThe story went on.", []string{"country:CHL kill country:PER"}},
		{"what one tells reporters another must do is a demand", "Headline\n\nPeru told reporters that Chile must apologize.", []string{"country:PER demand country:CHL"}},
		{"what one tells the press another should do is an appeal", "Headline\n\nPeru's foreign minister told the BBC that Chile should withdraw its troops.", []string{"country:PER urge country:CHL"}},
		{"a nationality's community abroad is no state", "Headline\n\nChile hosts a large Peruvian business community.", nil},
		{"a nationality's officials are the state's", "Headline\n\nChile hosted Peruvian officials on Monday.", []string{"country:CHL host country:PER"}},
		{"what one lobbies another to do is wanted, not done", "Headline\n\nChile has lobbied Peru to isolate Bolivia.", []string{"country:CHL lobby country:PER"}},
		{"talks mediated by a third party", "Headline\n\nChile held talks with Peru, mediated by Bolivia.", []string{"country:CHL meet country:PER", "country:BOL mediate country:CHL", "country:BOL mediate country:PER"}},
		{"two parties who call for talks do not appeal to each other", "Headline\n\nChile and Peru called for dialogue.", nil},
		{"threats traded, each threatens the other", "Chile and Peru trade threats over border\n\nThe story went on.", []string{"country:CHL threaten country:PER", "country:PER threaten country:CHL"}},
		{"a partnership suspended with a country", "Headline\n\nChile suspended its strategic partnership with Peru.", []string{"country:CHL suspend country:PER"}},
		{"the opposition is the party named so", "Headline\n\nThe opposition Democratic Party won the vote. Chile praised the opposition.", []string{"country:CHL praise organization:democratic-party"}},
		{"retaliation with tariffs is a tariff", "Headline\n\nChile retaliated with tariffs on Peruvian steel.", []string{"country:CHL tariff country:PER"}},
		{"exports restricted to a country", "Headline\n\nChile restricted exports of copper to Peru.", []string{"country:CHL embargo country:PER"}},
		{"ramming a state's ship", "Headline\n\nChilean coast guard ships rammed a Peruvian vessel.", []string{"country:CHL ram country:PER"}},
		{"at least before a number is no place", "Headline\n\nChilean forces killed at least 20 Peruvians.", []string{"country:CHL kill country:PER"}},
		{"the subject of a verb after a relative clause", "Headline\n\nRebels who met Chilean officials last week attacked Peru.", nil},
		{"an opening phrase's counterpart is no apposition to the main subject", "Headline\n\nAfter talks with his Peruvian counterpart, Chilean Foreign Minister Luis Ortega warned Bolivia.",
			[]string{"person:luis-ortega meet country:PER", "person:luis-ortega warn country:BOL"}},
		{"a seat of government stands for its state", "Headline\n\nThe Kremlin accused Chile of spying.", []string{"country:RUS accuse country:CHL"}},
		{"a seat of government as a place", "Headline\n\nChile met Peru at the Kremlin.", []string{"country:CHL meet country:PER"}},
		{"we after a titled speaker is the speaker's state", "Headline\n\n\"We condemn Peru,\" said Chile's Foreign Minister Ana Ruiz.", []string{"country:CHL condemn country:PER"}},
		{"a state's forces named by nouns act for it", "Headline\n\nChile's coast guard said it had expelled two Peruvian boats.", []string{"country:CHL expel country:PER"}},
		{"a passive's agents are parties only to a symmetric act", "Headline\n\nThe truce was brokered by Chile and Peru.", nil},
		{"a passive symmetric act pairs its agents", "Headline\n\nThe accord was signed by Chile and Peru.", []string{"country:CHL sign country:PER"}},
		{"the two standing alone are the two named together", "Headline\n\nChilean President Ana Ruiz met Peru's president, Luis Ortega, in Lima, where the two signed a trade accord.",
			[]string{"person:ana-ruiz meet person:luis-ortega", "person:ana-ruiz sign person:luis-ortega"}},
		{"a title's holder in commas after its country", "Headline\n\nChile held talks with the US envoy, Luis Ortega, in Lima.", []string{"country:CHL meet person:luis-ortega"}},
		{"a state noun charged with a gerund is the state, and the accuser what it did to the accuser's own", "Chile protests\n\nThe Humanist Party accused the government of killing its members.", []string{"organization:humanist-party accuse country:CHL", "country:CHL kill organization:humanist-party"}},
		{"a nationality and the office one person holds in a list is that person", "Headline\n\nPeruvian President Ana Ruiz arrived in Lima on Monday. Chile held talks with Bolivia and the Peruvian president on Tuesday.",
			[]string{"country:CHL meet country:BOL,person:ana-ruiz"}},
		{"a stake bought in a company", "Headline\n\nThe Mirovka Group bought a 50% stake in Tolvaren on Monday.", []string{"organization:mirovka-group invest organization:tolvaren"}},
		{"a light verb of a lawsuit", "Headline\n\nChile has launched legal action against Peru over fishing rights.", []string{"country:CHL sue country:PER"}},
		{"a loan secured from a lender is the lender's", "Headline\n\nChile has secured a $10bn loan from the International Monetary Fund.", []string{"organization:international-monetary-fund loan country:CHL"}},
		{"a bid in the passive is done to its author", "Headline\n\nChile's bid to join the union was backed by Peru.", []string{"country:PER back country:CHL"}},
		{"what one tells the press, or a channel of it, is said to no one", "Headline\n\nAna Ruiz told the BBC that Luis Ortega had resigned. Luis Ortega told BBC Radio 4 that he had not.", nil},
		{"the government a party's officer speaks of is the party's state's", "Iran nuclear row\n\nTory spokesman Ana Ruiz urged the government to explain its policy.", []string{"person:ana-ruiz urge country:GBR"}},
		{"an act named by a noun has its governing verb's modality", "Headline\n\nChile will join a US attack on Peru.", []string{"country:USA attack country:PER"}},
		{"an act named by a noun a verb wants is wanted", "Headline\n\nChile wants talks with Peru.", nil},
		{"what a rejected claim says is negated", "Headline\n\nBolivia rejected claims that Chile is preparing to join a US attack on Peru.", []string{"country:USA attack country:PER negated"}},
		{"a warning of what may be is a threat", "Headline\n\nChile warned that it could strike Peru's ports.", []string{"country:CHL threaten country:PER"}},
		{"the bloc is the last union of states named", "Headline\n\nThe EU met Chile on Monday. Peru began talks with the bloc.", []string{"organization:european-union meet country:CHL", "country:PER meet organization:european-union"}},
		{"a loan agreed for a party, past its sum", "Headline\n\nThe International Monetary Fund has agreed a fresh $10bn loan for Chile.", []string{"organization:international-monetary-fund loan country:CHL"}},
		{"a deal approved with a party", "Headline\n\nThe International Monetary Fund approved a three-year loan deal with Chile.", []string{"organization:international-monetary-fund agree country:CHL"}},
		{"what is provided to the object, with the thing after", "Headline\n\nThe World Bank provided Chile with $500m in aid.", []string{"organization:world-bank provide country:CHL"}},
		{"a meeting in commas beside a name is that name's", "Headline\n\nAna Ruiz, at a meeting with Luis Ortega in Lima, said the border would open.", []string{"person:ana-ruiz meet person:luis-ortega"}},
		{"an offer or a bid for a company", "Headline\n\nDeutsche Telekom has made an offer for the London Stock Exchange.", []string{"organization:deutsche-telekom bid organization:london-stock-exchange"}},
		{"a news conference with a party is a meeting with it", "Headline\n\nChile held a joint news conference with Peru on Monday.", []string{"country:CHL meet country:PER"}},
		{"one who returns to a place returns no one", "Headline\n\nAna Ruiz returned to Lima on Monday after talks in Chile.", nil},
		{"one returned to a party", "Headline\n\nChile returned the bodies to Peru on Monday.", []string{"country:CHL return country:PER"}},
		{"a visit one is in a country for", "Headline\n\nAna Ruiz, in Peru for a visit, told Reuters the border would open.", []string{"person:ana-ruiz visit country:PER"}},
		{"settling a dispute with a party", "Headline\n\nChile settled its long dispute with Peru on Monday.", []string{"country:CHL settle country:PER"}},
		{"an act done to oneself has no target", "Headline\n\nChile defended itself against Peru.", nil},
		{"a denied clause with no that is negated", "Headline\n\nChile denied it attacked Peru.", []string{"country:CHL attack country:PER negated"}},
		{"a denied clause with no that has a subject of its own", "Headline\n\nChile denied the fishermen attacked Peru.", nil},
		{"the acts one will not tolerate are another's, their victim no target", "Headline\n\nChile will not tolerate attacks on Peru by militants.", nil},
		{"parties joined past a nationality and a title in lower case", "Headline\n\nChilean President Ana Ruiz and Peruvian leader Luis Ortega have agreed to end the dispute.", []string{"person:ana-ruiz agree person:luis-ortega"}},
		{"a passive report's subject does the reported act", "Headline\n\nAna Ruiz is said to have criticised Luis Ortega.", []string{"person:ana-ruiz criticize person:luis-ortega"}},
		{"an act agreed in principle", "Headline\n\nChile agreed in principle to sell arms to Peru.", []string{"country:CHL agree country:PER"}},
		{"a visit the clause's act took place in", "Headline\n\nChilean President Ana Ruiz said on Thursday during a visit to Peru that the border would reopen.", []string{"person:ana-ruiz visit country:PER"}},
		{"a meeting the clause's act took place in", "Headline\n\nAna Ruiz offered her thanks in a meeting on Monday with Peru's president, Luis Ortega.", []string{"person:ana-ruiz meet person:luis-ortega"}},
		{"a phrase in commas with a preposition of time in it", "Headline\n\nChile, on its first visit to the region since October, urged Peru to reopen the border.", []string{"country:CHL urge country:PER"}},
		{"a participle after a filed case is its author's", "Headline\n\nChile filed a case at the International Court of Justice accusing Peru of spying.", []string{"country:CHL accuse country:PER"}},
		{"the speaker's own state in the clause warned of is no target", "Headline\n\nChilean President Ana Ruiz warned that Santiago would respond to any attack.", nil},
		{"another state in the clause warned of is the target", "Headline\n\nChilean President Ana Ruiz warned that Lima would face consequences.", []string{"person:ana-ruiz warn country:PER"}},
		{"an owned event noun with a noun before it", "Headline\n\nChile condemned Peru's missile attack on Bolivia.", []string{"country:CHL condemn country:PER", "country:PER attack country:BOL"}},
		{"what an event noun does in its relative clause its agent does", "Headline\n\nChile condemned a Peruvian air strike that killed three Bolivian soldiers.", []string{"country:CHL condemn country:PER", "country:PER kill country:BOL"}},
		{"a relative clause after the object is no complement clause", "Headline\n\nChile signed a deal that allows Peru to use its ports.", []string{"country:CHL allow country:PER"}},
		{"who is behind an act named by two nouns does it", "Headline\n\nChile said it was behind a drone strike on a Peruvian airbase.", []string{"country:CHL strike country:PER"}},
		{"an act named by two nouns as an object is not the subject's", "Headline\n\nChile sought to play down a fire bomb attack on a Peruvian consulate.", nil},
		{"a participle after measures is their author's", "Headline\n\nChile's trade ministry announced export controls targeting Peruvian firms.", []string{"country:CHL target country:PER"}},
		{"a sum raised from the members of a group", "Headline\n\nCodelco raised $2bn from a group of banks including HSBC and Barclays.", []string{"organization:codelco raise organization:barclays,organization:hsbc"}},
		{"an event noun whose phrase is blamed on its doer", "Headline\n\nAttacks on Chile, Peru and Bolivia were attributed to Codelco.", []string{"organization:codelco attack country:BOL,country:CHL,country:PER"}},
		{"an event noun at the start with its target and by-phrase", "Headline\n\nCriticism of Peru by Chile and Bolivia grew.", []string{"country:BOL,country:CHL criticize country:PER"}},
		{"a by-phrase after a list of targets", "Headline\n\nAttacks on Chile, Peru and Bolivia by Codelco were reported.", []string{"organization:codelco attack country:BOL,country:CHL,country:PER"}},
		{"a list of agents in a by-phrase before the target", "Headline\n\nSanctions imposed by Chile, Peru and Bolivia on Ecuador have hurt its economy.", []string{"country:BOL,country:CHL,country:PER sanction country:ECU"}},
		{"a name the tagger reads as a verb", "Headline\n\nAid to Ukraine from Chile has grown.", []string{"country:CHL aid country:UKR"}},
		{"a name after its organization noun is no clause's subject", "Headline\n\nAttacks on Chile by the mining company Codelco were reported.", []string{"organization:codelco attack country:CHL"}},
		{"a definite event noun tells again an earlier act and its doer", "Headline\n\nChile announced sanctions on Monday. The sanctions on Peru and Bolivia take effect today.", []string{"country:CHL sanction country:BOL,country:PER"}},
		{"a possessive pronoun before a list in a phrase is the last sentence's subject's", "Headline\n\nCodelco is a mining company. Its attacks on Chile, Peru and Bolivia were reported.", []string{"organization:codelco attack country:BOL,country:CHL,country:PER"}},
		{"the parties of talks after involving", "Headline\n\nTalks involving Chile, Peru and Bolivia resumed on Monday.", []string{"country:CHL meet country:PER", "country:CHL meet country:BOL", "country:PER meet country:BOL"}},
		{"the parties of a meeting after of", "Headline\n\nA meeting of Chile and Peru was held in Lima.", []string{"country:CHL meet country:PER"}},
		{"a verb joined to a wanted infinitive is wanted too: a threat, no blockade", "Headline\n\nChile wants to tighten sanctions and impose a blockade against Peru.", []string{"country:CHL threaten country:PER"}},
		{"the act of a relative clause on an operation is its launcher's", "Headline\n\nHackers linked to the Chilean government launched an operation that targeted Peru's parliament.", []string{"country:CHL target organization:peruvian-parliament"}},
		{"an act given to its doer by a verb of blame", "Headline\n\nChile attributed the hack of Bolivia's electoral commission to Peru.", []string{"country:CHL attribute country:PER", "country:PER hack country:BOL"}},
		{"an act after for and its doer before", "Headline\n\nChile blamed Peru for the attack on Bolivia.", []string{"country:CHL blame country:PER", "country:PER attack country:BOL"}},
		{"a participle after an event noun in a phrase is the event's doer's", "Headline\n\nChile imposed sanctions on six men over cyber attacks targeting Peru.", nil},
		{"a visiting official is met, not visited, and visits the host's state", "Headline\n\nChilean President Ana Ruiz held talks with visiting Peruvian Foreign Minister Luis Ortega.", []string{"person:ana-ruiz meet person:luis-ortega", "person:luis-ortega visit country:CHL"}},
		{"a visitor described in lower case", "Headline\n\nChilean President Ana Ruiz told visiting Peruvian writer Luis Ortega that the border was open.", []string{"person:ana-ruiz tell person:luis-ortega", "person:luis-ortega visit country:CHL"}},
		{"no visit without a host's state", "Headline\n\nAna Ruiz met visiting Peruvian writer Luis Ortega.", []string{"person:ana-ruiz meet person:luis-ortega"}},
		{"no visit to the visitor's own state", "Headline\n\nChilean President Ana Ruiz met visiting Chilean Foreign Minister Luis Ortega.", []string{"person:ana-ruiz meet person:luis-ortega"}},
		{"an event noun's parties past the day", "Headline\n\nChile resumed its attacks on Monday morning on Peruvian positions.", []string{"country:CHL attack country:PER"}},
		{"an event noun after for names why, not what the subject came for", "Headline\n\nChile vowed revenge against Peru for the killing of a Bolivian envoy.", []string{"country:CHL vow country:PER"}},
		{"a place in a clause of time is no target", "Headline\n\nChile agreed to reopen the border crossing after talks in Lima.", nil},
		{"the author of a claim named by two nouns", "Headline\n\nChile rejected a ceasefire proposal put forward by Peru and Bolivia.", []string{"country:CHL reject country:BOL,country:PER"}},
		{"a court in a country acts for its state", "Headline\n\nA court in Chile convicted three Peruvian smugglers.", []string{"country:CHL convict country:PER"}},
		{"a country's court acts for its state", "Headline\n\nChile's supreme court banned Amnesty International.", []string{"country:CHL ban organization:amnesty-international"}},
		{"the adjective of a region's people is no country's", "Headline\n\nVenezuela expelled diplomats from seven Latin American countries.", nil},
		{"a noun phrase after whom one told opens a clause of its own", "Headline\n\nChile told reporters the head of Codelco had tried to shoot him.", nil},
		{"the place of talks one agrees to is no target", "Headline\n\nRuiz has agreed to take part in talks in Lima on a settlement.", nil},
		{"a passive done to a state's people is not the state's doing, but done to the state", "Headline\n\nChile's diplomats were expelled from Peru on Monday.", []string{"country:PER expel country:CHL"}},
		{"a passive done to a state's message is the state's doing", "Headline\n\nChile's concerns had been conveyed to Peru.", []string{"country:CHL convey country:PER"}},
		{"what the subject owns is no target; whom it is sold to is", "Headline\n\nCodelco agreed to sell its Peruvian unit to Glencore.", []string{"organization:codelco agree organization:glencore"}},
		{"a person named after the subject's title is a target", "Headline\n\nCodelco sacked its chief executive Ana Ruiz.", []string{"organization:codelco sack person:ana-ruiz"}},
		{"his counterparts of a nationality are that country", "Headline\n\nChilean Foreign Minister Ana Ruiz arrived in Lima for talks with her Peruvian counterparts.", []string{"person:ana-ruiz meet country:PER"}},
		{"her counterpart named after a comma is met", "Headline\n\nChilean Foreign Minister Ana Ruiz met her Peruvian counterpart, Luis Ortega, in Lima.", []string{"person:ana-ruiz meet person:luis-ortega"}},
		{"whom one told is no subject of what one told", "Headline\n\nRuiz told reporters that Peru would not lift the embargo on Bolivia.", nil},
		{"a hostile act one says one will not do is no threat", "Headline\n\nChile has said it will not block the sale of Codelco's assets.", []string{"country:CHL block organization:codelco negated", "country:CHL intend organization:codelco"}},
		{"his government is the state whose office he holds", "Headline\n\nChilean President Ana Ruiz said her government had sent troops to Peru.", []string{"country:CHL send country:PER"}},
		{"his government as an object is the state of the man named before", "Headline\n\nMrs Ana Ruiz met President Jorge Soto of Peru and criticised his government.", []string{"person:ana-ruiz meet person:jorge-soto", "person:ana-ruiz criticize country:PER"}},
		{"an apposition that opens with an office and no article", "Headline\n\nAna Ruiz, foreign minister of Chile, met Peruvian President Luis Ortega.", []string{"person:ana-ruiz meet person:luis-ortega"}},
		{"a name in apposition to an office named with its body", "Headline\n\nThe head of the International Atomic Energy Agency, Ana Ruiz, warned Peru against enriching uranium.", []string{"person:ana-ruiz warn country:PER"}},
		{"reporters and a noun after them open a clause", "Headline\n\nAna Ruiz told reporters surveillance of the border with Peru had been stepped up.", nil},
		{"it after a denial is the denier", "Headline\n\nChile has denied that it supplied weapons to Peru.", []string{"country:CHL supply country:PER negated"}},
		{"he after an office named by its country stands for it", "Headline\n\nChile's president said he had met Peruvian President Luis Ortega.", []string{"country:CHL meet person:luis-ortega"}},
		{"he after a country names no one", "Headline\n\nChile said he had met Peruvian President Luis Ortega.", nil},
		{"the act retaliated for in the same sentence is another's", "Headline\n\nChile expelled three Peruvian diplomats in retaliation for the expulsion of Chilean envoys.", []string{"country:CHL expel country:PER"}},
		{"the blockade of a place named with its kind", "Headline\n\nPeru's blockade of the city of Arica continued.", []string{"country:PER blockade location:arica"}},
		{"the one verb after its subject, read as a participle", "Headline\n\nEU energy ministers called on Chile and Peru to resolve the dispute quickly.", []string{"organization:european-union urge country:CHL,country:PER"}},
		{"a spokesman for a body speaks for it", "Headline\n\nA spokeswoman for Amnesty International condemned Peru on Monday.", []string{"organization:amnesty-international condemn country:PER"}},
		{"a delegation from a country acts for it", "Headline\n\nA delegation from Chile met Peruvian officials on Monday.", []string{"country:CHL meet country:PER"}},
		{"the verb after a relative clause on the subject", "Headline\n\nA spokesman for Amnesty International, which monitors rights, described the verdict as harsh and called on Chile to free Ana Ruiz.", []string{"organization:amnesty-international urge country:CHL"}},
		{"a participle clause between subject and verb", "Headline\n\nChile, fighting a long war against rebels, criticised Peru.", []string{"country:CHL criticize country:PER"}},
		{"a passive participle clause after the subject, done to it", "Headline\n\nChile, backed by Bolivia, criticised Peru.", []string{"country:BOL back country:CHL", "country:CHL criticize country:PER"}},
		{"but a passive participle clause after the object is no one's", "Headline\n\nChile criticised Peru, backed by Bolivia.", []string{"country:CHL criticize country:PER"}},
		{"house arrest is detention", "Headline\n\nVenezuela placed Colombia's former president under house arrest.", []string{"country:VEN detain country:COL"}},
		{"a trial is legal action", "Headline\n\nVenezuela put Colombia's former president on trial.", []string{"country:VEN try country:COL"}},
		{"an envoy owned by a state is done to, by the state he is sent from", "Headline\n\nColombia's ambassador was expelled from Venezuela.", []string{"country:VEN expel country:COL"}},
		{"after an opening phrase too", "Headline\n\nOn Monday, Peru, attacked by Chile, responded.", []string{"country:CHL attack country:PER"}},
		{"attacked for what it did is criticized", "Headline\n\nChile attacked Peru on Monday for allowing rebels to meet.", []string{"country:CHL attack country:PER"}},
		{"attacked for a time is attacked", "Headline\n\nChile attacked Peru for two days.", []string{"country:CHL attack country:PER"}},
		{"a passive with a thing as subject acts on the pattern's preposition", "Headline\n\nA plane was donated to President Ana Ruiz by Peru.", []string{"country:PER donate person:ana-ruiz"}},
		{"a pronoun opening a sentence is the last one's subject after its opening phrase", "Headline\n\nOn Peru's policy, Ana Ruiz said it had changed.\nShe also criticised Chile.", []string{"person:ana-ruiz criticize country:CHL"}},
		{"a pronoun after an opening conjunction is the last sentence's subject", "Headline\n\nPresident Ana Ruiz spoke in Lima on Monday.\nBut she criticised Chile.", []string{"person:ana-ruiz criticize country:CHL"}},
		{"an object pronoun followed by what its party did", "Headline\n\nChile cut ties with Peru in 1994, accusing it of training rebels.",
			[]string{"country:CHL cut country:PER", "country:CHL accuse country:PER"}},
		{"verbs joined by but share their subject", "Headline\n\nChile welcomed Peru but blamed Bolivia for the attack.",
			[]string{"country:CHL welcome country:PER", "country:CHL blame country:BOL"}},
		{"an event noun owned by a possessive pronoun", "Headline\n\nIn its latest attack on Peru, Chile fired missiles.", []string{"country:CHL attack country:PER"}},
		{"an event noun in an opening phrase", "Headline\n\nAfter talks with Peru, Chile agreed to reopen the border.", []string{"country:CHL meet country:PER"}},
		{"an event noun's agent after by, its target after", "Headline\n\nAn attack by Peru on Chile killed 20 people.", []string{"country:PER attack country:CHL"}},
		{"talks hosted by one between two are theirs, the host mediating", "Headline\n\nTalks hosted by Peru between Chile and Bolivia resumed.", []string{"country:CHL meet country:BOL", "country:PER mediate country:BOL", "country:PER mediate country:CHL"}},
		{"a noun of agreement", "Headline\n\nThe accord reached by Chile and Peru was praised.", []string{"country:CHL agree country:PER"}},
		{"two parties joined by a hyphen before a symmetric act", "Headline\n\nUS-China talks resumed on Tuesday.", []string{"country:USA meet country:CHN"}},
		{"parties fighting others do not fight each other", "Headline\n\nChile and Peru, which are fighting armed rebels, protested.", nil},
		{"parties fighting a war together fight each other", "Headline\n\nChile and Peru fought a war in 1879.", []string{"country:CHL fight country:PER"}},
		{"a place after the verb is no object", "Headline\n\nPresident Ana Ruiz and Hugo Alvarez met at the president's official Lima residence.", []string{"person:ana-ruiz meet person:hugo-alvarez"}},
		{"an act cancelled did not take place", "Headline\n\nPresident Ana Ruiz cancelled a meeting between Chilean and Peruvian officials.", nil},
		{"an act postponed did not take place", "Headline\n\nChile postponed its talks with Peru.", nil},
		{"an act vetoed did not take place", "Headline\n\nRussia vetoed sanctions against Syria.", []string{"country:RUS veto country:SYR"}},
		{"an act considered is not done", "Headline\n\nThe European Union is considering new sanctions against Belarus.", nil},
		{"an act discussed is not done", "Headline\n\nChile discussed sanctions against Bolivia with Peru.", []string{"country:CHL discuss country:PER"}},
		{"a progressive in a quote is no opening participle", "Headline\n\n\"They are attacking Peru,\" President Ana Ruiz said.", nil},
		{"the subject of a relative clause after the object is no object", "Headline\n\nChile attacked the town Peru had taken.", nil},
		{"a place after a preposition and adjectives is no subject", "Headline\n\nA US-led force in southern Peru attacked Bolivia.", []string{"country:USA attack country:BOL"}},
		{"an act one has the wish to do is not done", "Headline\n\nChile has no desire to hold talks with Peru.", nil},
		{"a participle after a verb and before a noun is an adjective", "Headline\n\nPresident Ana Ruiz was jailed for pumping banned propaganda into Chile.", nil},
		{"a demand's target is the subject of its clause", "Headline\n\nChile demanded that Peru release Ana Ruiz.", []string{"country:CHL demand country:PER"}},
		{"a passive of a verb whose target follows a preposition has the thing for subject", "Headline\n\nThe Chilean force was sent to Peru by Bolivia in 1990.", []string{"country:BOL send country:PER"}},
		{"a gerund before a group is its verb", "Headline\n\nSudan accused Eritrea of supporting Sudanese rebels.", []string{"country:SDN accuse country:ERI", "country:ERI support country:SDN"}},
		{"a participle after a nationality's noun is done to or by its people", "Headline\n\nChile says Peruvian pair kidnapped by Bolivians.", []string{"country:BOL kidnap country:PER"}},
		{"we in a quotation told to someone is the teller's side", "Headline\n\n\"We are asking Peru to withdraw,\" Hugo Alvarez told journalists.", []string{"person:hugo-alvarez ask country:PER"}},
		{"a participle after a noun a country name qualifies", "U.S. activist jailed by Chilean court\n\nThe activist appealed on Monday.", []string{"country:CHL jail country:USA"}},
		{"whom a quotation is told to is no speaker", "Headline\n\n\"We will ask Peru to withdraw,\" a spokesman told Reuters.", nil},
		{"a long title in capitals between an owner and a name", "Headline\n\nChile agreed after talks between U.S. Assistant Secretary for Near East Affairs Hugo Alvarez and Peruvian leader Ana Ruiz.",
			[]string{"person:hugo-alvarez meet person:ana-ruiz"}},
		{"a gerund of means is done by the subject of the verb it serves", "Headline\n\nPresident Ana Ruiz angered Lima last week by accusing Peru of spying.", []string{"person:ana-ruiz accuse country:PER"}},
		{"talks the subject came for", "Headline\n\nPresident Ana Ruiz of Chile arrived in Lima on Friday for talks with Peru.", []string{"person:ana-ruiz arrive country:PER", "person:ana-ruiz meet country:PER"}},
		{"a verb after a coordinator and an adverb shares the first verb's subject", "Headline\n\nPresident Ana Ruiz met Hugo Alvarez on Monday and then criticised Peru.",
			[]string{"person:ana-ruiz meet person:hugo-alvarez", "person:ana-ruiz criticize country:PER"}},
		{"the speaker goes on to act after a reported copula", "Headline\n\nPresident Ana Ruiz said the dispute was purely commercial and offered Peru a loan.",
			[]string{"person:ana-ruiz offer country:PER"}},
		{"a past the tagger read as an adjective after a coordinated past", "Headline\n\nPresident Ana Ruiz dismissed the accusation and criticised Peru.",
			[]string{"person:ana-ruiz criticize country:PER"}},
		{"prosecutors with no owner are the state the story is about", "Chile jails writer\n\nA court in Santiago sentenced Hugo Alvarez on Monday. Prosecutors accused him of spying.",
			[]string{"country:CHL sentence person:hugo-alvarez", "country:CHL accuse person:hugo-alvarez"}},
		{"a light verb's phrase in the passive, its noun the subject", "Headline\n\nSanctions were imposed on Peru by Chile on Monday.",
			[]string{"country:CHL sanction country:PER"}},
		{"a symmetric phrase in the passive between two parties", "Headline\n\nTalks were held between Chile and Peru in Lima.",
			[]string{"country:CHL meet country:PER"}},
		{"a party after a comma and a coordinator that opens a clause is not listed", "Headline\n\nPeru criticised Chile, and Bolivia protested on Monday.",
			[]string{"country:PER criticize country:CHL"}},
		{"reacting to an act a clause joined before tells", "Headline\n\nChile expelled two Peruvian diplomats on Monday, and Peru condemned the expulsion.",
			[]string{"country:CHL expel country:PER", "country:PER condemn country:CHL"}},
		{"an act named in its own clause is another's", "Headline\n\nChile expelled two Peruvian diplomats in retaliation for the expulsion of its envoy.",
			[]string{"country:CHL expel country:PER"}},
		{"a claim is no act of force", "Headline\n\nChile attacked Peru on Monday. Lima rejected the claim.",
			[]string{"country:CHL attack country:PER"}},
		{"a decision that says which is another act", "Headline\n\nChile expelled two Peruvian diplomats on Monday. Bolivia welcomed the decision to hold elections.",
			[]string{"country:CHL expel country:PER"}},
		{"a step that says whose is another's act", "Headline\n\nChile expelled two Peruvian diplomats on Monday. Bolivia praised the steps taken by Peru.",
			[]string{"country:CHL expel country:PER"}},
		{"a name whose parts a particle on its own joins", "Headline\n\nBahrain's foreign minister, Sheikh Khalid bin Ahmed Al Khalifa, criticised Qatar.",
			[]string{"person:khalid-bin-ahmed-al-khalifa criticize country:QAT"}},
		{"the holder in apposition to an object's title, with a particle in the name", "Headline\n\nPresident Ana Ruiz met Bahrain's prime minister, Salman bin Hamad, in Riyadh.",
			[]string{"person:ana-ruiz meet person:salman-bin-hamad"}},
		{"he after a title in apposition opening the sentence before", "Headline\n\nNiger's interior minister, Ahmed Sani, said his forces had arrested six suspects. He accused Libya of failing to guard its border.",
			[]string{"person:ahmed-sani accuse country:LBY"}},
		{"the two party leaders are the two people named together", "Headline\n\nPresident Ana Ruiz and President Hugo Alvarez met. The two party leaders criticised Bolivia.",
			[]string{"person:ana-ruiz meet person:hugo-alvarez", "person:ana-ruiz,person:hugo-alvarez criticize country:BOL"}},
		{"preparing for war against a party is a show of force", "Headline\n\nChile is preparing for war against Peru.", []string{"country:CHL prepare country:PER"}},
		{"a verb of the categories derived from PETRARCH2", "Headline\n\nPeru has undermined Chile. Bolivia intervened in Brazil.",
			[]string{"country:PER undermine country:CHL", "country:BOL intervene country:BRA"}},
		{"goods of a nationality bought from a party are bought from the party", "Headline\n\nPeru bought 98,000 tonnes of U.S. wheat from Cargill. Chile bought Peruvian fishing boats.",
			[]string{"country:PER buy organization:cargill"}},
		{"a reaction in anger or doubt to what a party said is done to the party", "Headline\n\nPeru reacted angrily to a statement by Chile. Bolivia responded with alarm on Monday to Brazil's decision.",
			[]string{"country:PER react country:CHL", "country:BOL respond country:BRA"}},
		{"an attack made in a speech is criticism", "Headline\n\nPresident Ana Ruiz attacked Peruvian imperialists in a speech.", []string{"person:ana-ruiz attack country:PER"}},
		{"a party joined by an additive link acts with the subject", "Headline\n\nChile, along with Peru, has condemned Bolivia.", []string{"country:CHL,country:PER condemn country:BOL"}},
		{"a party compared with the subject is none", "Headline\n\nChile, like Peru, has condemned Bolivia.", []string{"country:CHL condemn country:BOL"}},
		{"an object joined by an additive link", "Headline\n\nChile has urged Peru, as well as Bolivia, to withdraw.", []string{"country:CHL urge country:BOL,country:PER"}},
		{"parties that are in talks together", "Headline\n\nChile and Peru are in talks over a gas pipeline.", []string{"country:CHL meet country:PER"}},
		{"a headline's party in talks with another", "Chile in talks with Peru over border\n\nThe two have argued for years.", []string{"country:CHL meet country:PER"}},
		{"the seat of a government by its number", "Headline\n\nNumber 10 has criticised Peru.", []string{"country:GBR criticize country:PER"}},
		{"a deal between two signed in the passive is theirs", "Headline\n\nThe deal between Chile and Peru was signed in Lima.", []string{"country:CHL sign country:PER"}},
		{"offices listed after a by-phrase stand for their owners", "Headline\n\nThe agreement was signed by Chile's oil minister and Peru's energy minister.", []string{"country:CHL sign country:PER"}},
		{"he after a quotation is its speaker", "Headline\n\n\"We want Peru to train our police,\" the prime minister, Hugo Alvarez, said. He also thanked Chile for its support.",
			[]string{"person:hugo-alvarez thank country:CHL", "country:CHL support person:hugo-alvarez"}},
		{"an act ruled out is denied", "Headline\n\nPeru ruled out talks with Chile.", []string{"country:PER meet country:CHL negated"}},
		{"no support received from another is its support denied", "Headline\n\nPeru has received no co-operation from Chile. Bolivia held no talks with Brazil.",
			[]string{"country:CHL cooperate country:PER negated", "country:BOL meet country:BRA negated"}},
		{"the act a party was thanked for is done for the one who thanked", "Headline\n\nPeru thanked Chile for its strong support at the United Nations.",
			[]string{"country:PER thank country:CHL", "country:CHL support country:PER"}},
		{"an act the subject repelled is done to it", "Headline\n\nPeru said Thursday night it had repelled an attack by Chile.",
			[]string{"country:PER repel country:CHL", "country:CHL attack country:PER"}},
		{"a pronoun answering a claim in apposition is the accused", "Headline\n\nChilean President Ana Ruiz accused Hugo Alvarez of corruption, charges he has denied.",
			[]string{"person:ana-ruiz accuse person:hugo-alvarez", "person:hugo-alvarez deny person:ana-ruiz"}},
		{"a verb said in words after a reported clause is the speaker's", "Headline\n\nChilean President Ana Ruiz said Hugo Alvarez was \"scaremongering\" and urged him to apologise.",
			[]string{"person:ana-ruiz urge person:hugo-alvarez"}},
		{"a meeting a participle in commas after the subject took place in", "Headline\n\nMr Ruiz, speaking at a joint news conference with Peruvian Foreign Minister Hugo Alvarez, stressed this point.",
			[]string{"person:ruiz meet person:hugo-alvarez"}},
		{"a purchase of a company by another", "Headline\n\nThe court approved the purchase of Tolvaren by Mittal Steel.", []string{"organization:mittal-steel purchase organization:tolvaren"}},
		{"a sale by its owner to a country", "Headline\n\nChile condemned Peru's sale of missiles to Bolivia.", []string{"country:CHL condemn country:PER", "country:PER sell country:BOL"}},
		{"the company is an organization the lexicon does not know", "Headline\n\nTarvanco opened a copper mine in Chile on Monday. The company also signed a supply deal with Peru.", []string{"organization:tarvanco sign country:PER"}},
		{"parties that pledge to do together what is done together", "Headline\n\nChile and Peru pledged to cooperate on border security.", []string{"country:CHL pledge country:PER"}},
		{"parties that vow to do to another what is done together", "Headline\n\nChile and Peru vowed to hold talks with Bolivia.", []string{"country:CHL,country:PER vow country:BOL"}},
		{"a pronoun after a reported clause whose subject it cannot stand for is the speaker", "Headline\n\nMs Ana Silva said Peru and Chile were united, and she dismissed Chile's accusations.", []string{"person:ana-silva dismiss country:CHL"}},
		{"but one it can stand for is that subject", "Headline\n\nMs Ana Silva said Peru was ready, and it dismissed Chile's accusations.", []string{"country:PER dismiss country:CHL"}},
		{"a pronoun after a reported clause whose subject is no actor is the speaker", "Headline\n\nBolivia said the deal was unfair, and it summoned the Chilean ambassador.", []string{"country:BOL summon country:CHL"}},
		{"a target after an aside in dashes", "Headline\n\nTarvanco signed an agreement to sell its Kestrel unit -- which runs 100 stores in Chile -- to Peru.", []string{"organization:tarvanco sign country:PER", "organization:tarvanco sell organization:kestrel", "country:PER buy organization:kestrel"}},
		{"a target after an aside in commas", "Headline\n\nChile agreed to sell its stake, worth $2 billion, to Peru.", []string{"country:CHL agree country:PER"}},
		{"a subject joined to one a title phrase describes", "Headline\n\nJorge Soto and Chechen rebel leader Aslan Mashadov signed the deal.", []string{"person:jorge-soto sign person:aslan-mashadov"}},
		{"permission given to the party between the verb and its noun", "Headline\n\nPeru gave Chilean President Ana Ruiz permission on Thursday to fly over its territory.", []string{"country:PER allow person:ana-ruiz"}},
		{"a green light given to a party", "Headline\n\nThe United Nations gave the green light to Peru.", []string{"organization:united-nations approve country:PER"}},
		{"anger expressed at a party", "Headline\n\nJordan expressed anger at the conduct of some Iraqi diplomats in Amman.", []string{"country:JOR criticize country:IRQ"}},
		{"a gerund after quoted as is the one quoted's", "Headline\n\nGabonese President Omar Bongo was quoted as thanking China for economic aid, the agency said.", []string{"person:omar-bongo thank country:CHN"}},
		{"a pronoun after quoted as saying is the one quoted", "Headline\n\nReuters quoted Chilean President Ana Ruiz as saying she had visited Peru.", []string{"person:ana-ruiz visit country:PER"}},
		{"a month spelt as a modal is no modal", "Headline\n\nIn May Chile accused Peru of spying.", []string{"country:CHL accuse country:PER"}},
		{"a light verb's noun with its target as the passive subject", "Headline\n\nSanctions against Peru were lifted by Chile on Monday.", []string{"country:CHL lift country:PER"}},
		{"an envoy recalled from his post is his sender's act", "Headline\n\nPeru's ambassador to Chile was recalled on Monday.", []string{"country:PER recall country:CHL"}},
		{"an envoy summoned at his post is his host's act", "Headline\n\nPeru's ambassador to Chile was summoned on Monday.", []string{"country:CHL summon country:PER"}},
		{"a plot's act is not done, and foiling it is a rejection", "Headline\n\nPeru foiled a Bolivian plot to attack Chile.", []string{"country:PER foil country:BOL"}},
		{"a violent act's object owned by the speaker's pronoun", "Headline\n\nPeru said Chile had attacked its embassy in Santiago.", []string{"country:CHL attack country:PER"}},
		{"a party defeated by a score is a game", "Headline\n\nChile defeated Peru 2-1 in Lima on Sunday.", nil},
		{"talks begun past a partitive noun", "Headline\n\nPeru and Chile started a new round of peace talks in Lima.", []string{"country:PER meet country:CHL"}},
		{"a pronoun that opens a coordinated subject", "Headline\n\nJorge Soto said he and Ana Ruiz agreed to defer the issue.", []string{"person:jorge-soto agree person:ana-ruiz"}},
		{"names in apposition to a plural object", "Headline\n\nPeru granted asylum to two opposition leaders, Ana Ruiz and Jorge Soto.", []string{"country:PER grant person:ana-ruiz,person:jorge-soto"}},
		{"names before a verb are a clause's subject, no apposition", "Headline\n\nPeru expelled two diplomats, Ana Ruiz and Jorge Soto said.", nil},
		{"a capital visited is a city visited, no event", "Headline\n\nPeruvian President Ana Ruiz arrived in Santiago on Monday.", nil},
		{"no one visits their own country", "Headline\n\nChilean President Ana Ruiz flew back to Santiago on Monday.", nil},
		{"a verb after a modal and a coordinator shares the first's subject", "Headline\n\nPeru has criticised Chile and will expel Bolivia's ambassador.", []string{"country:PER criticize country:CHL", "country:PER expel country:BOL"}},
		{"an act one is refusing to do is not done", "Headline\n\nPeru is refusing to lift the curfew on Chileans.", []string{"country:PER refuse country:CHL", "country:PER lift country:CHL negated"}},
		{"an offer declined is rejected from its maker", "Headline\n\nArgentina offered Chile a loan, but Chile declined the offer.", []string{"country:ARG offer country:CHL", "country:CHL decline country:ARG"}},
		{"an ally named is no act", "Headline\n\nChile met Peru. The United States, a close ally of both countries, said it was concerned.", []string{"country:CHL meet country:PER"}},
		{"a champion before a name is no act", "Headline\n\nJorge Soto beat Olympic 100 metres champion Ana Ruiz in Lima.", nil},
		{"an envoy ordered to leave is expelled", "Headline\n\nPeru ordered two Chilean diplomats to leave the country within 48 hours.", []string{"country:PER expel country:CHL"}},
		{"one's own troops ordered to leave a place expel no one", "Headline\n\nPeru ordered its troops to leave Chile.", nil},
		{"a subject joined past an honorific", "Headline\n\nJorge Soto and Mrs Ruiz discussed the crisis.", []string{"person:jorge-soto discuss person:ruiz"}},
		{"offers refused are rejected from their maker, no offer of the refuser", "Headline\n\nPeru has refused offers of help from the United Nations.", []string{"country:PER refuse organization:united-nations"}},
		{"sanctions agreed on are imposed", "Headline\n\nEU foreign ministers have agreed to impose fresh sanctions on Peru.", []string{"organization:european-union sanction country:PER"}},
		{"a name in apposition to the subject past its rank", "Headline\n\nThe head of the army, Gen Ana Ruiz, accused Chile of launching the attack.", []string{"person:ana-ruiz accuse country:CHL"}},
		{"a state's machines of war strike for it", "Headline\n\nPeru said its jets had struck Chilean positions.", []string{"country:PER strike country:CHL"}},
		{"fighting that broke out between parties", "Headline\n\nFierce fighting broke out on Saturday between Peru and Chile.", []string{"country:PER fight country:CHL"}},
		{"clashes that erupted between nationalities' troops", "Headline\n\nClashes erupted between Chilean and Peruvian troops on the border.", []string{"country:CHL clash country:PER"}},
		{"fighting that broke out elsewhere names no parties", "Headline\n\nFighting broke out in Lima on Saturday.", nil},
		{"a state's embassy speaks for it", "Headline\n\nThe Chilean embassy in Lima accused Peru of lying.", []string{"country:CHL accuse country:PER"}},
		{"a state's embassy after its possessive speaks for it", "Headline\n\nChile's embassy accused Peru of lying.", []string{"country:CHL accuse country:PER"}},
		{"an embassy spoken of is no one's voice", "Headline\n\nPeru signed an agreement on a Chilean consulate in Lima.", nil},
		{"standing in solidarity with a party supports it", "Headline\n\nThe European Union said it stood in solidarity with Peru.", []string{"organization:european-union support country:PER"}},
		{"a gerund after a group of outsiders is theirs", "Headline\n\nPeru tried to stop rebels firing rockets at Chilean towns.", nil},
		{"a gerund after a named group of outsiders is the group's", "Headline\n\nPeru tried to stop Hamas militants firing rockets at Chilean towns.", []string{"organization:hamas fire country:CHL"}},
		{"a strike not ruled out is threatened", "Headline\n\nPeru would not rule out a military strike on Chile.", []string{"country:PER threaten country:CHL"}},
		{"talks not ruled out are intended, and nothing is refused", "Headline\n\nPeru refused to rule out talks with Chile.", []string{"country:PER intend country:CHL"}},
		{"a strike ruled out is not done", "Headline\n\nPeru ruled out strikes on Chile.", []string{"country:PER strike country:CHL negated"}},
		{"troops mobilised along a border with a party", "Headline\n\nPeru mobilised troops along its border with Chile.", []string{"country:PER mobilize country:CHL"}},
		{"a border reopened with a party", "Headline\n\nPeru reopened its border with Chile on Monday.", []string{"country:PER reopen country:CHL"}},
		{"a relative clause on a state's office is its holder's", "Headline\n\nPeru's president, who visited Chile last week, said the talks went well.", []string{"country:PER visit country:CHL"}},
		{"a relative clause on a title in apposition to a name is the name's", "Headline\n\nPeru fined Jorge Soto, the Chilean business leader who was awarded a prize by Bolivia.", []string{"country:PER fine person:jorge-soto", "country:BOL award person:jorge-soto"}},
		{"an act condemned in the passive is its doer's, by its by-phrase", "Headline\n\nThe expulsion of the Chilean ambassador by Peru was condemned by Bolivia.", []string{"country:PER expel country:CHL", "country:BOL condemn country:PER"}},
		{"an act backed in the passive is its doer's, by its possessive", "Headline\n\nPeru's strikes on Chile were backed by Bolivia.", []string{"country:PER strike country:CHL", "country:BOL back country:PER"}},
		{"talks that brought parties together past a participle's phrase, which names their host", "Headline\n\nThe talks, hosted by Brazil, brought together Peru and Chile.", []string{"country:PER meet country:CHL", "country:BRA mediate country:PER", "country:BRA mediate country:CHL"}},
		{"a summit attended by parties in the passive", "Headline\n\nThe summit was attended by Peru and Chile.", []string{"country:PER meet country:CHL"}},
		{"a party held responsible is blamed", "Headline\n\nPeru held Chile responsible for the attack.", []string{"country:PER blame country:CHL"}},
		{"duties on goods from a party", "Headline\n\nThe United States imposed duties on steel imported from Chile.", []string{"country:USA tariff country:CHL"}},
		{"harm done to an economy is no force", "Headline\n\nChile said Peruvian producers were hurting Chilean manufacturers.", nil},
		{"harm done to a party's people is force", "Headline\n\nChile said Peruvian troops were hurting Chilean villagers.", []string{"country:PER hurt country:CHL"}},
		{"comment declined rejects no one", "Headline\n\nPeru declined comment on the fighting in Chile.", nil},
		{"a message sent to the party inside the phrase", "Headline\n\nPeru on Wednesday sent Chile a message, via Bolivia, saying it wanted peace.", []string{"country:PER tell country:CHL"}},
		{"a country's name with the compass point cut to its initial", "Headline\n\nN. Korea urges S. Korea to return war veteran.", []string{"country:PRK urge country:KOR"}},
		{"what one hopes has a subject of its own", "Headline\n\nPeru hopes the elections will help Chile.", nil},
		{"what one believes has a subject of its own", "Headline\n\nPeru believes the rebels will attack Chile.", nil},
		{"a visit to a tomb visits no one", "Headline\n\nJorge Soto briefly visited the tomb of Ana Ruiz in Lima.", nil},
		{"an envoy's host is no subject", "Headline\n\nPeru's ambassador to Chile said Chile should act.", []string{"country:PER urge country:CHL"}},
		{"an act one is bound to do is not done", "Headline\n\nPeru is bound by law to help Chile defend itself.", nil},
		{"what an option says is supposed", "Headline\n\nThe second option is Peru launching hundreds of missiles against Chile.", nil},
		{"the parties are the story's two sides", "Headline\n\nTalks between Peru and Chile ended without agreement. The African Union urged the parties to return to the negotiating table.", []string{"country:PER meet country:CHL", "organization:african-union urge country:CHL,country:PER"}},
		{"warships sent near a party are a show of force", "Headline\n\nPeru sent warships and fighter jets near Chile on Thursday.", []string{"country:PER send country:CHL"}},
		{"a possessive pronoun's office acts for its owner", "Headline\n\nChile said its president had met Peru's foreign minister.", []string{"country:CHL meet country:PER"}},
		{"an attack not ruled out in a gerund is threatened", "Headline\n\nPeru has not ruled out using force against Chile.", []string{"country:PER threaten country:CHL"}},
		{"an envoy given hours to leave is expelled", "Headline\n\nPeru has given the Chilean ambassador 72 hours to leave the country.", []string{"country:PER expel country:CHL"}},
		{"a sign of relations is no signing", "Headline\n\nThe move is the latest sign of deteriorating relations between Peru and Chile.", nil},
		{"what one is accused of doing to the accuser's own is done to the accuser", "Headline\n\nPeru has accused APT28 of carrying out a cyber attack on its government networks.", []string{"country:PER accuse organization:apt28", "organization:apt28 attack country:PER"}},
		{"what one is accused of doing to one's own is no act on the accuser", "Headline\n\nPeru accused Chile of abusing its own citizens.", []string{"country:PER accuse country:CHL"}},
		{"a statement rejected is rejected from its maker", "Headline\n\nPeru rejected the statement by Chile.", []string{"country:PER reject country:CHL"}},
		{"people killed who invest are people", "Headline\n\nPeruvian troops killed two Chilean investors.", []string{"country:PER kill country:CHL"}},
		{"a relative clause after a list of parties between is the last one's", "Headline\n\nThe report reopened a row between Peru and Chile, which imposed a ban on Peruvian beef.", []string{"country:CHL sanction country:PER"}},
		{"a relative clause after a plain list is all of theirs", "Headline\n\nPeru and Bolivia, which border Chile, criticized Brazil.", []string{"country:BOL,country:PER criticize country:BRA"}},
		{"a pronoun in a pattern's gap stands for the party acted on before", "Headline\n\nPeru accused two Chilean diplomats of spying on Monday. It gave them 48 hours to leave.", []string{"country:PER accuse country:CHL", "country:PER expel country:CHL"}},
		{"a pronoun in a pattern's gap that stands for no one", "Headline\n\nPeru offered them help.", nil},
		{"suspects handed to a party", "Headline\n\nFrance handed two suspects to Spain on Monday.", []string{"country:FRA hand country:ESP"}},
		{"a letter handed to a party is no judicial act but a letter", "Headline\n\nFrance handed a letter to Spain.", []string{"country:FRA write country:ESP"}},
		{"a body's board acts for it", "Headline\n\nThe International Atomic Energy Agency's board has passed a resolution criticising Iran.", []string{"organization:international-atomic-energy-agency criticize country:IRN"}},
		{"a vote against a party opposes it", "Headline\n\nPeru voted against Chile at the UN.", []string{"country:PER oppose country:CHL"}},
		{"names joined by and before a base verb and its object", "Headline\n\nFrance and Germany support Croatia's bid to join.", []string{"country:DEU,country:FRA support country:HRV"}},
		{"a pact between two states", "Headline\n\nThe pact between Peru and Bolivia is worth $20bn.", []string{"country:PER agree country:BOL"}},
		{"deal as a verb is no agreement", "Headline\n\nEgypt will not deal with the regime in Sudan.", nil},
		{"we in words attributed to he is the side of the person the sentence before opens with", "Headline\n\nChilean foreign ministry spokesman Hugo Soto rejected the plan. \"We will not accept Peru's demands,\" he said.", []string{"country:CHL yield country:PER negated"}},
		{"he after a sentence opened by a title in lower case and its holder", "Headline\n\nChilean foreign ministry spokesman Hugo Soto spoke on Monday. He criticised Peru.", []string{"person:hugo-soto criticize country:PER"}},
		{"an agreement a demand waits on has not been reached", "Headline\n\nChile has demanded that Peru stop work until the two sides reach an agreement.", []string{"country:CHL demand country:PER"}},
		{"his remarks rejected by a state are the person's the sentence before names", "Chile rejects envoy remarks\n\nPeruvian envoy Hugo Soto criticised Chilean officials. The government rejected his remarks and summoned him.",
			[]string{"person:hugo-soto criticize country:CHL", "country:CHL reject person:hugo-soto", "country:CHL summon person:hugo-soto"}},
		{"a matter raised with another is discussed with them", "Headline\n\nChilean President Ana Ruiz raised the matter with Peruvian President Hugo Soto.", []string{"person:ana-ruiz discuss person:hugo-soto"}},
		{"both presidents with no two people named are the two states'", "Headline\n\nChile and Peru broke off talks. Bolivian President Ana Ruiz invited both presidents to La Paz.",
			[]string{"country:CHL halt country:PER", "person:ana-ruiz invite country:CHL,country:PER"}},
		{"a denial of any involvement in another sentence than the blame names no one", "Headline\n\nChile blamed Peru for the bombing. Peru denied any involvement.",
			[]string{"country:CHL blame country:PER"}},
		{"her is the woman an honorific names, not the man acted on", "Headline\n\nMrs Ruiz criticised Mr Soto. The Liberal Party accused her of lying.",
			[]string{"person:ruiz criticize person:soto", "organization:liberal-party accuse person:ruiz"}},
		{"a loan agreed is granted, for whom it is", "Headline\n\nThe World Bank agreed a new loan for Argentina.", []string{"organization:world-bank loan country:ARG"}},
		{"a loan offered is an offer, not a loan", "Headline\n\nThe World Bank offered a new loan for Argentina.", []string{"organization:world-bank offer country:ARG"}},
		{"two people who clash do so in words", "Headline\n\nChilean President Ana Ruiz and Peruvian President Hugo Soto clashed over trade at a summit.", []string{"person:ana-ruiz clash person:hugo-soto"}},
		{"two states that clash fight", "Headline\n\nChile and Peru clashed near the border.", []string{"country:CHL clash country:PER"}},
		{"the country is the one state named before", "Headline\n\nPeru held elections on Sunday. The country's new leaders criticised Chile.", []string{"country:PER criticize country:CHL"}},
		{"a name in apposition to another state's group is the target", "Headline\n\nChile's government has reached a peace deal with Peru's largest rebel group, the Shining Path.", []string{"country:CHL agree organization:shining-path"}},
		{"an envoy summoned to a ministry in a capital is summoned by its state", "Headline\n\nPeru's ambassador was summoned to the foreign ministry in Santiago.", []string{"country:CHL summon country:PER"}},
		{"a claim a pattern's words hold is its owner's", "Headline\n\nChile accepted Peru's demands.", []string{"country:CHL yield country:PER"}},
		{"conditions met are yielded to their owner", "Headline\n\nChile has met Peru's conditions.", []string{"country:CHL yield country:PER"}},
		{"an act the subject answered with is its own", "Headline\n\nChile responded with air strikes on the Shining Path.", []string{"country:CHL strike organization:shining-path"}},
		{"who claims responsibility for an act did it", "Headline\n\nThe Shining Path claimed responsibility for the attack on Chile.", []string{"organization:shining-path attack country:CHL"}},
		{"a nationality's title of more words is its holder", "Headline\n\nChilean Prime Minister Ana Ruiz met Peruvian President Hugo Soto. The Chilean prime minister praised Peru.",
			[]string{"person:ana-ruiz meet person:hugo-soto", "person:ana-ruiz praise country:PER"}},
		{"what an official says their own people should do is no demand", "Headline\n\nChile's ambassador to Peru, Ana Ruiz, arrived. Chile's ambassador to Peru said some Chileans should integrate more.", nil},
		{"a deal by a party to do something is its doing", "Headline\n\nChile's regulator approved a deal by Daesan Airlines to buy Tarvo Airlines.", []string{"organization:daesan-airlines buy organization:tarvo-airlines"}},
		{"fighting an ill in a country is no act on the country", "Headline\n\nChile is fighting corruption in Peru.", nil},
		{"an official's appeal to her own state and another is to the other", "Headline\n\nChilean Foreign Minister Ana Ruiz said that Peru and Chile should make joint efforts.", []string{"person:ana-ruiz urge country:PER"}},
		{"what a party is under pressure to do is not done", "Headline\n\nSyria, which has been under pressure to withdraw its troops from Lebanon, rejected the UN resolution.", []string{"country:SYR reject organization:united-nations"}},
		{"an object relative clause with a named subject after an article", "Headline\n\nIran, which the US accuses of spying, said the claims were false.", []string{"country:USA accuse country:IRN"}},
		{"the object of an object relative clause is its antecedent", "Headline\n\nAna Ruiz, whom Chilean President Hugo Soto ordered to restore peace in Peru, struck a deal.", []string{"person:hugo-soto order person:ana-ruiz"}},
		{"fighting commented on is no one's act", "Nato declines comment on fighting in Iraq\n\nThe story went on.", nil},
		{"a comment declined is no rejection", "Headline\n\nNato declined to comment on the fighting in Iraq.", nil},
		{"refusing to say is no rejection", "Chilean army fights on\n\nAna Ruiz refused to say whether the army would pause operations.", nil},
		{"what one is advised to do is not done", "Headline\n\nThe EU disagreed with German advice to consumers to shun British lamb.", nil},
		{"a state's opposition is not the state", "Headline\n\nThe Liberal Party accused Peru's opposition of stirring up unrest.", nil},
		{"a strike called by a leader is no strike of force", "Headline\n\nPeruvians ended a four-hour strike called by President Ana Ruiz to protest against Chile.", nil},
		{"the North is the one state named whose name opens so", "Headline\n\nNorth Korea agreed to return to talks. Japan has accused the North of abducting its citizens.",
			[]string{"country:JPN accuse country:PRK", "country:PRK abduct country:JPN"}},
		{"a demand on a day that another act", "Headline\n\nPeru demanded on Friday that Chile return a war veteran.", []string{"country:PER demand country:CHL"}},
		{"the three countries are the three named together", "Headline\n\nBritain, France and Germany met Iran in Geneva. The three countries urged Tehran to suspend enrichment.",
			[]string{"country:DEU,country:FRA,country:GBR meet country:IRN", "country:GBR meet country:FRA", "country:GBR meet country:DEU", "country:FRA meet country:DEU", "country:DEU,country:FRA,country:GBR urge country:IRN"}},
		{"a letter to another is written to them", "Headline\n\nIn a letter to Kofi Annan, Peru's foreign minister rejected the charges.", []string{"country:PER write person:kofi-annan"}},
		{"a letter from another is not written to them", "Headline\n\nThe Peruvian letter from Ana Ruiz said the destruction was illegal.", nil},
		{"a noun of an act that modifies the noun after it names no act", "Headline\n\nChilean President Ana Ruiz told reporters in a conference call from Lima that growth would slow.", nil},
		{"all comment declined is no rejection", "Headline\n\nNato declined all comment on the fighting in Iraq.", nil},
		{"the government of the state a clause went into", "Headline\n\nChilean troops crossed into Peru to help the government fight rebels.", []string{"country:CHL help country:PER"}},
		{"a name opened by the Lord's possessive is one name", "Headline\n\nThe Lord's Resistance Army attacked Uganda.", []string{"organization:lord-s-resistance-army attack country:UGA"}},
		{"a sum given to a party named in the gap is its funding", "Headline\n\nChile has given Peru $500m to rebuild areas hit by the earthquake.", []string{"country:CHL fund country:PER"}},
		{"a debt cancelled is aid to its owner", "Headline\n\nBritain has cancelled Zambia's debt.", []string{"country:GBR forgive country:ZMB"}},
		{"a thing from a state is not its act", "Headline\n\nFrance and Germany agreed to discuss a gas pipeline from Iran.", []string{"country:FRA agree country:DEU"}},
		{"a verb after to is no event noun", "Headline\n\nFrance agreed to talk about a pipeline from Russia.", nil},
		{"what is asked of a party is asked of it", "Headline\n\nThe Algerian ambassador asked for clarification from the Foreign Office.",
			[]string{"country:DZA ask organization:foreign-commonwealth-and-development-office"}},
		{"an infinitive's own preposition names the party", "Headline\n\nChile agreed to buy gas from Peru.", []string{"country:CHL agree country:PER"}},
		{"supplies resumed to a party", "Headline\n\nChile has resumed gas deliveries to Peru.", []string{"country:CHL resume country:PER"}},
		{"what is leased from a party", "Headline\n\nChile leased five jets from Peru.", []string{"country:CHL lease country:PER"}},
		{"an order won from a party", "Headline\n\nAirbus has won an order for 20 jets from Peru.", []string{"organization:airbus win country:PER"}},
		{"a demand said in a participle after a comma", "Headline\n\nThe United States backed Colombia, saying Venezuela should stop sheltering the rebels.",
			[]string{"country:USA urge country:VEN", "country:USA back country:COL"}},
		{"the one warned is the one that must", "Headline\n\nThe EU warned Turkey that it must recognise Cyprus.",
			[]string{"organization:european-union demand country:TUR", "organization:european-union warn country:TUR"}},
		{"a gerund after a negated verb is not done", "Headline\n\nTurkey said it did not mean recognising Cyprus.", []string{"country:TUR recognize country:CYP negated"}},
		{"a base form the tagger took for a noun after a negated do", "Headline\n\nChile did not hand over Jorge Soto.", []string{"country:CHL hand person:jorge-soto negated"}},
		{"an act not stopped goes on", "Headline\n\nChile did not stop attacking Peru.", []string{"country:CHL attack country:PER"}},
		{"the two leaders are the two named just before", "Headline\n\nAna Ruiz accused Jorge Soto of lying. Ruiz criticised him again on Monday. Soto is due to meet Pedro Lopez next month. The two leaders will discuss trade.",
			[]string{"person:ana-ruiz accuse person:jorge-soto", "person:ana-ruiz criticize person:jorge-soto", "person:jorge-soto meet person:pedro-lopez", "person:jorge-soto discuss person:pedro-lopez"}},
		{"troops a state has in another are its own", "Headline\n\nFrance has 4,000 troops in Chile helping UN peacekeepers monitor a ceasefire line.", []string{"country:FRA help organization:united-nations"}},
		{"we are the state that says so after the quotation", "Headline\n\n\"We have asked the EU to be cautious,\" Japan said.", []string{"country:JPN ask organization:european-union"}},
		{"we are the state of the official who says so", "Headline\n\n\"We have asked the EU to be cautious,\" said a Japanese official.", []string{"country:JPN ask organization:european-union"}},
		{"its ministry is the state's", "Headline\n\nChina has long argued that the embargo is unfair. Its foreign ministry welcomed the remarks by Germany.", []string{"country:CHN welcome country:DEU"}},
		{"the United States is no speech verb", "Headline\n\nJapan told the United States that China must withdraw.", []string{"country:JPN tell country:USA"}},
		{"backing won is given by the party it is won of", "Headline\n\nPeru has won the backing of Canada and Italy.", []string{"country:CAN,country:ITA support country:PER"}},
		{"a debt rescheduled is aid to its owner", "Headline\n\nJapan has rescheduled Pakistan's debt.", []string{"country:JPN reschedule country:PAK"}},
		{"his chancellor is the one chancellor named", "Headline\n\nChancellor Ana Ruiz met Jorge Soto in Lima. Pedro Lopez later praised his chancellor's efforts.",
			[]string{"person:ana-ruiz meet person:jorge-soto", "person:pedro-lopez praise person:ana-ruiz"}},
		{"fire launched against a party's camps", "Headline\n\nChilean forces launched rocket fire against Peruvian camps near the border.", []string{"country:CHL fire country:PER"}},
		{"a state's body acting on its own people is no event", "Headline\n\nThe Treasury Department barred Americans from trading with Venezuela on Monday.",
			[]string{"country:USA trade country:VEN negated"}},
		{"an act one is confident of is not done", "Headline\n\nBoeing said it remained confident of winning orders from China this year.", nil},
		{"an agreement an act is done under is its subject's", "Headline\n\nIran suspended enrichment in November under an agreement with Britain.", []string{"country:IRN agree country:GBR"}},
		{"him is the person the story names most of those named before", "Headline\n\nPrince Charles did not attend the dinner on Thursday. Aides said Charles had been ill. But MP Peter Bottomley said Charles had sent a message. Tam Dalyell accused him of embarrassing Britain.",
			[]string{"person:tam-dalyell accuse person:charles"}},
		{"calls resisted are their author's, rejected", "Headline\n\nSouth Africa has resisted calls from Britain to put more pressure on Zimbabwe.", []string{"country:ZAF resist country:GBR"}},
		{"what talks are about is not done", "Headline\n\nChile said Peru had initiated talks about acquiring the shares in Codelco.", nil},
		{"a possible attack has not happened", "Headline\n\nChile warned on Monday of a possible attack on Peru by Bolivia.", nil},
		{"a planned attack condemned is its planner's", "Headline\n\nChile condemned a planned attack on Peru by Bolivia.", []string{"country:CHL condemn country:BOL"}},
		{"what one is asked to keep another from doing is not done", "Headline\n\nChina has called on Seoul to stop South Korean missionaries from travelling to China, a spokesman said.", []string{"country:CHN urge country:KOR"}},
		{"a state's rebel people act for no state", "Headline\n\nMassoud Rajavi voiced his support on Wednesday to Iran's rebel Kurds.", nil},
		{"an act in case of which another is ready has not happened", "Headline\n\nWarplanes were ready on Saturday in case Chile attacked Peru, officials said.", nil},
		{"a maker of a nationality and a trade is the company named before", "Headline\n\nValdor Mining Corp won an order from Peru on Monday. The Chilean copper producer said it had sued Kestrel Holdings.",
			[]string{"organization:valdor-mining-corp win country:PER", "organization:valdor-mining-corp sue organization:kestrel-holdings"}},
		{"what is acquired from a party is acquired from it", "Headline\n\nValdor Mining Corp acquired the shares from Orvane Capital Group.",
			[]string{"organization:valdor-mining-corp acquire organization:orvane-capital-group"}},
		{"the firm of a nationality is the firm named before", "Headline\n\nAirbus won an order from Peru on Monday. Boeing lost. The US firm said it had sued Airbus.", []string{"organization:airbus win country:PER", "organization:boeing sue organization:airbus"}},
		{"a name after a title of two words in capitals is coordinated", "Headline\n\nChilean President Ana Ruiz and Peruvian Prime Minister Jorge Soto have held their first talks in a year, in Lima.", []string{"person:ana-ruiz meet person:jorge-soto"}},
		{"the two countries are no pair of bodies named as the two sides", "Headline\n\nTalks between the EU and Mercosur ended on Monday. The two sides agreed to meet again. The two sides will meet in Lisbon. Brazil and China signed a deal to boost trade between the two countries.",
			[]string{"organization:european-union meet organization:mercosur", "organization:european-union agree organization:mercosur", "organization:european-union meet organization:mercosur", "country:BRA sign country:CHN", "country:BRA trade country:CHN"}},
		{"the US company ordered is the company, not its state", "Headline\n\nThe European Commission fined Microsoft on Monday. Mario Monti also ordered the US company to offer a new version of Windows.",
			[]string{"organization:european-commission fine organization:microsoft", "person:mario-monti order organization:microsoft"}},
		{"a past read as a participle before the clause's verb is done to its noun", "Headline\n\nAn Italian aid worker kidnapped in Baghdad last month has been freed, the Italian government said.", nil},
		{"the sides of a signing in their order, past where it was signed", "Headline\n\nThe deal was signed in Beijing on Monday by Russian Energy Minister Viktor Khristenko and Chinese officials.", []string{"person:viktor-khristenko sign country:CHN"}},
		{"a strike observed is a stoppage, no attack", "Headline\n\nPalestinians in the West Bank and Gaza observed a strike on Thursday to protest against the Israeli move.", []string{"country:PSE protest country:ISR"}},
		{"those paid to act do it, not who pays them", "Headline\n\nChile accused Peru of paying bounty hunters to seize Ana Ruiz in Lima.", []string{"country:CHL accuse country:PER"}},
		{"the authorities in a capital are the state, not its people, and deny no claim of their own state's", "Headline\n\nRebels accused Sudan of bombing villages. The authorities in Khartoum denied the claim.", nil},
		{"but a shared act is no act of its first party's alone", "Headline\n\nChile signed a treaty with Peru on Monday. Bolivia welcomed the agreement.",
			[]string{"country:CHL sign country:PER"}},
		{"a bare title before an infinitive is its one holder", "Headline\n\nPresident Ana Ruiz of Peru spoke on Monday. Chile urged the president to resign.",
			[]string{"country:CHL urge person:ana-ruiz"}},
		{"a claim's owner past the words of what it is about", "Headline\n\nGermany backed Turkey's EU membership bid on Monday.",
			[]string{"country:DEU back country:TUR"}},
		{"standards met are no party met", "Headline\n\nTurkey passed reforms to meet EU standards.", nil},
		{"a seat of government stands for its state", "Headline\n\nIndia accused Colombo of delaying the deal.",
			[]string{"country:IND accuse country:LKA"}},
		{"a participle set off by commas is the noun's before it", "Headline\n\nPresident Ana Ruiz, attacking Chile's decision to close the border, addressed parliament on Monday.",
			[]string{"person:ana-ruiz attack country:CHL"}},
		{"a war fought by two is fought between them, past the war's modifiers", "Headline\n\nPeru and Ecuador fought a brief border war in 1995.",
			[]string{"country:PER fight country:ECU"}},
		{"a claim's author is not read in the clause after it", "Headline\n\nPresident Ana Ruiz rejected the demands and said the protests had been organised by Russia.", nil},
		{"a speaker goes on after but", "Headline\n\nRodrigo Rato said Argentina had made progress, but urged Buenos Aires to reach a deal with its creditors.",
			[]string{"person:rodrigo-rato urge country:ARG"}},
		{"held hostage is abducted", "Headline\n\nTwo Britons were held hostage by the Abu Sayyaf group.",
			[]string{"organization:abu-sayyaf abduct country:GBR"}},
		{"held elections is no holding of anyone", "Headline\n\nChile held elections in March.", nil},
		{"an act condemned in the passive with no doer named condemns no one, not its victim", "Headline\n\nThe attack on the Chilean embassy in Lima was condemned by Bolivia.", nil},
		{"two states' officers named by one possessive", "Headline\n\nPeru and Chile's presidents met in Lima.", []string{"country:PER meet country:CHL"}},
		{"a state's territory or airspace entered or violated", "Headline\n\nChilean jets violated Peruvian airspace on Monday. Peru denied that its troops had entered Chilean territory.",
			[]string{"country:CHL violate country:PER", "country:PER enter country:CHL negated"}},
		{"parties poised to act have not acted", "Headline\n\nChile and Peru were poised on Friday to sign a treaty ending years of tension.", nil},
		{"a takeover its owner completed", "Headline\n\nLast month Mittal Steel completed its takeover of Arcelor.", []string{"organization:mittal-steel acquire organization:arcelor"}},
		{"a name in apposition to a subject's title in capitals", "Headline\n\nThe Prime Minister, Tom Hale, spoke to President Claire Dubois by phone.", []string{"person:tom-hale speak person:claire-dubois"}},
		{"the militants are not the group they are linked to", "Headline\n\nThe attackers belong to a group linked to al-Qaeda. Peru has blamed the militants for the raid.", nil},
		{"their after a noun subject is the noun's", "Headline\n\nBolivia closed its border. The militants vowed to step up their attacks on Peru.", nil},
		{"duties imposed on a nationality's goods", "Headline\n\nLast year Chile imposed duties on Peruvian cars.", []string{"country:CHL tariff country:PER"}},
		{"he after whom the speaker told is the speaker", "Headline\n\nPeruvian President Hugo Alvarez visited Bolivia. Alvarez told reporters he had criticised Chile.",
			[]string{"person:hugo-alvarez visit country:BOL", "person:hugo-alvarez criticize country:CHL"}},
		{"him for the one other person the sentence before names", "Headline\n\nPeruvian President Hugo Alvarez met Chilean President Ana Ruiz. Ruiz praised him.",
			[]string{"person:hugo-alvarez meet person:ana-ruiz", "person:ana-ruiz praise person:hugo-alvarez"}},
		{"a visit with no destination is to the headline's country", "Quake shakes Peru\n\nAn earthquake shook Peru during a visit by Chilean President Ana Ruiz.",
			[]string{"person:ana-ruiz visit country:PER"}},
		{"a day between a verb and its pattern's words", "Headline\n\nThe Liberal Party called on Tuesday for the impeachment of President Ana Ruiz.",
			[]string{"organization:liberal-party urge person:ana-ruiz"}},
		{"the members named after a plural object", "Headline\n\nNorway has funded several aid groups, including Oxfam and Save the Children.",
			[]string{"country:NOR fund organization:oxfam,organization:save-the-children"}},
		{"an act the subject undergoes", "Headline\n\nChile came under attack from Peru on Monday.", []string{"country:PER attack country:CHL"}},
		{"states that recall their envoys recall them from each other", "Headline\n\nColombia and Venezuela recalled their ambassadors on Monday.",
			[]string{"country:COL recall country:VEN", "country:VEN recall country:COL"}},
		{"a war between two states", "Headline\n\nThe war between Chile and Peru ended in 1884. The trade war between Chile and Bolivia goes on.", []string{"country:CHL fight country:PER"}},
		{"an official's own state that opens the clause he speaks is no target", "Headline\n\nChilean Foreign Minister Ana Ruiz warned Chile would impose sanctions. She warned Chile's security services had found a link.", nil},
		{"who joins another in an act does it too", "Headline\n\nChile joined Peru in condemning Bolivia.", []string{"country:CHL,country:PER condemn country:BOL"}},
		{"a headline in title case", "Chile Sues Peru Over Fishing Rights\n\nThe case was filed on Monday.", []string{"country:CHL sue country:PER"}},
		{"a body named in the headline as the body names it", "Iraqi Parliament Condemns Turkish Strikes\n\nIraq's parliament met on Monday.", []string{"organization:iraqi-parliament condemn country:TUR"}},
		{"the government of a titled leader is the leader's state", "Headline\n\nChile accused the government of the Peruvian President Hugo Alvarez of lying.", []string{"country:CHL accuse country:PER"}},
		{"support voiced for an act of harm is not for its victim", "Headline\n\nChile expressed support for the sanctions on Peru. Bolivia gave its approval to the strikes on Peru.", nil},
		{"condemning an arrest condemns no one its phrase names", "Headline\n\nChile condemned the arrest of Peruvian journalists.", nil},
		{"an act the subject undergoes, its author after of", "Headline\n\nChile won the approval of Peru for the loan. Bolivia drew a sharp rebuke from Peru.",
			[]string{"country:PER approve country:CHL", "country:PER rebuke country:BOL"}},
		{"nominal event after the clause's verb", "Headline\n\nIsrael intensified its attacks against Hezbollah.", []string{"country:ISR attack organization:hezbollah"}},
		{"nominal event with a nationality", "Headline\n\nThe talks ended after an Israeli raid on Hamas.", []string{"country:ISR raid organization:hamas"}},
		{"noun that is no event", "Headline\n\nSweden was careful not to turn its back on Norway.", nil},
		{"participle clause takes the main subject", "Headline\n\nBefore visiting Japan, Kim Lee met Park Min in Seoul.", []string{"person:kim-lee visit country:JPN", "person:kim-lee meet person:park-min"}},
		{"participle after a comma", "Headline\n\nMexico closed its embassy, expelling Peru's ambassador.", []string{"country:MEX expel country:PER"}},
		{"capital for its government", "Headline\n\nWashington criticized Beijing on Monday.", []string{"country:USA criticize country:CHN"}},
		{"a visit to a capital is to a city, no event", "Headline\n\nJohn Smith visited Paris.", nil},
		{"a visit to a country is one", "Headline\n\nJohn Smith visited France.", []string{"person:john-smith visit country:FRA"}},
		{"question asserts nothing", "Headline\n\nWill Russia attack Ukraine?", nil},
		{"modal earlier in the clause", "Headline\n\nThe plan could see Iran carry out an attack against Israel.", nil},
		{"pronoun after a speech verb", "Headline\n\nHungary said on Monday it will support Poland.", []string{"country:HUN support country:POL", "country:HUN intend country:POL"}},
		{"subject of a complement clause", "Headline\n\nChina demanded that the US cancel the sale.", []string{"country:CHN demand country:USA"}},
		{"target in a prepositional phrase", "Headline\n\nJapan is providing aerial photographs and other intelligence to Vietnam.", []string{"country:JPN provide country:VNM"}},
		{"office holder named by country", "Headline\n\nForeign Minister Ana Silva of Portugal arrived. Later, Spanish Prime Minister Luis Ortega praised the Portuguese minister.", []string{"person:luis-ortega praise person:ana-silva"}},
		{"passive with a possessed subject", "Headline\n\nOfficials said Norway's concerns had been conveyed to Chinese Ambassador Li Wei.", []string{"country:NOR convey person:li-wei"}},
		{"rejecting a claim rejects its author", "Headline\n\nChina dismissed the allegations as lies concocted by the US and Britain.", []string{"country:CHN dismiss country:GBR,country:USA"}},
		{"adverbial between subject and verb", "Headline\n\nThe US, for geopolitical purposes, has encouraged NATO.", []string{"country:USA encourage organization:north-atlantic-treaty-organization"}},
		{"what one says another must do", "Headline\n\nThe EU said that the US should back Ukraine.", []string{"organization:european-union urge country:USA"}},
		{"participle before a noun is no verb", "Headline\n\nNigeria will withdraw its peacekeeping force from Chad.", []string{"country:NGA withdraw country:TCD"}},
		{"a country's office as subject", "Headline\n\nMontenegro's prime minister was indicted by the United Nations.", []string{"organization:united-nations indict country:MNE"}},
		{"a nationality before a group is no office holder", "Headline\n\nPresident Yoweri Museveni of Uganda has threatened to ban Ugandan opposition candidates.", []string{"person:yoweri-museveni threaten country:UGA"}},
		{"sanctions on a party imposed by another are the other's", "Headline\n\nSanctions on Iran were imposed by the United States.", []string{"country:USA sanction country:IRN"}},
		{"expelled from a country: the country expels", "Headline\n\nTwo Chilean diplomats were expelled from Peru on Monday.", []string{"country:PER expel country:CHL"}},
		{"his country is the speaker's state", "Headline\n\nPeru's foreign minister Jorge Soto said his country condemned Chile.", []string{"country:PER condemn country:CHL"}},
		{"talks preferred have not happened", "Headline\n\nPeru preferred direct talks with Chile.", nil},
		{"a member named by its office and name is the person", "Headline\n\nChile sanctioned several firms, including Russia's Rosneft.", []string{"country:CHL sanction organization:rosneft"}},
		{"a country's agency acts for it", "Headline\n\nBrazil's environment agency fined Petrobras.", []string{"country:BRA fine organization:petrobras"}},
		{"a nationality's regulator acts for its state", "Headline\n\nThe Chilean competition regulator fined Google.", []string{"country:CHL fine organization:google"}},
		{"a country before a company's kind and name is where it is from", "Headline\n\nPeru sued US chipmaker Intel.", []string{"country:PER sue organization:intel"}},
		{"a country before a title and a person is read by titles", "Headline\n\nPeru expelled the US ambassador John Smith.", []string{"country:PER expel person:john-smith"}},
		{"a call to people alone is a telephone call", "Headline\n\nSecretary of State Ana Ruiz called Mr Jorge Soto and Mr Luis Vega on Sunday evening.", []string{"person:ana-ruiz call person:jorge-soto,person:luis-vega"}},
		{"calling someone something is no telephone call", "Headline\n\nAna Ruiz called Jorge Soto a liar.", []string{"person:ana-ruiz criticize person:jorge-soto"}},
		{"charging that a party did is an accusation", "Headline\n\nPeru charged that Chilean troops had crossed the border.", []string{"country:PER accuse country:CHL"}},
		{"a proposal to a party is an appeal to it", "Headline\n\nChile proposed a ceasefire to Peru.", []string{"country:CHL propose country:PER"}},
		{"a recommendation that a party act is an appeal to it", "Headline\n\nChile recommended that Peru withdraw its troops.", []string{"country:CHL recommend country:PER"}},
		{"a proposal of a thing names no party", "Headline\n\nChile proposed a new law on fishing.", nil},
		{"an offer names its act's target", "Headline\n\nVenezuela has offered to supply fuel oil to China.", []string{"country:VEN offer country:CHN"}},
		{"what one is urged to do has not happened", "Headline\n\nThe European Union urged Iran to release Arash Sigarchi.", []string{"organization:european-union urge country:IRN"}},
		{"what is demanded has not happened", "Headline\n\nThe PKK demanded that the Turkish government free Abdullah Ocalan.", []string{"organization:kurdistan-workers-party demand country:TUR"}},
		{"a stated willingness is an intent", "Headline\n\nSyria says it is willing to withdraw its troops from Lebanon.", []string{"country:SYR intend country:LBN"}},
		{"a wish to do is an intent", "Headline\n\nChile wants to sign a trade accord with Peru.", []string{"country:CHL intend country:PER"}},
		{"what is only likely is not done", "Headline\n\nChile is unlikely to sign a trade accord with Peru. Bolivia is likely to sign one with Peru.", nil},
		{"nor what one is reluctant to do", "Headline\n\nChile is reluctant to expel Peru's ambassador.", nil},
		{"one of a country's people is not its state", "Headline\n\nIsrael has asked a US banker to run its central bank.", nil},
		{"firms of a nationality after a number are not its state", "Headline\n\nValdor Mining Corp signed deals with two Peruvian mining companies.", nil},
		{"a firm of a nationality past adjectives is not its state", "Headline\n\nValdor Mining Corp signed a deal with a new Peruvian mining company.", nil},
		{"nor is a firm of a nationality the story named none of", "Headline\n\nChile criticised the Peruvian mining company's plans.", nil},
		{"but people of a nationality after a number are", "Headline\n\nChile arrested two Peruvian men.", []string{"country:CHL arrest country:PER"}},
		{"nor one of its firms", "Headline\n\nPeru arrested a Chilean businessman. A Chinese company sued Peru.", nil},
		{"but a state's organ is", "Headline\n\nA Chilean court convicted Peru's ambassador.", []string{"country:CHL convict country:PER"}},
		{"what one has yet to do is not done", "Headline\n\nChile has yet to sign a trade accord with Peru.", []string{"country:CHL sign country:PER negated"}},
		{"nor what no one did", "Headline\n\nNo trade accord was signed between Chile and Peru.", []string{"country:CHL sign country:PER negated"}},
		{"a plan of a hostile act is a threat", "Headline\n\nChile plans to expel Peruvian diplomats.", []string{"country:CHL threaten country:PER"}},
		{"a stated hostile intention is a threat", "Headline\n\nPalestinian leaders said they would boycott all contact with the United States.", []string{"country:PSE threaten country:USA"}},
		{"an act done in a place acts on it", "Headline\n\nIsrael imposed a curfew in the Gaza Strip on Sunday.", []string{"country:ISR restrict location:gaza"}},
		{"a country's measures in a place", "Headline\n\nSudan's government lifted a state of emergency in Darfur.", []string{"country:SDN lift location:darfur"}},
		{"the government is the headline's state", "Chile recalls envoy\n\nThe government expelled Peru's ambassador on Monday.", []string{"country:CHL expel country:PER"}},
		{"the authorities are the state named most", "Headline\n\nPeru closed a crossing. The authorities later accused Bolivia of smuggling. Peru said more.", []string{"country:PER accuse country:BOL"}},
		{"a government of a named state is no bare state noun", "Chile recalls envoy\n\nThe government of Peru expelled Bolivia's ambassador.", []string{"country:PER expel country:BOL"}},
		{"a state noun in no named state stays unresolved", "Headline\n\nThe government criticized the plan.", nil},
		{"what one tries to do has not happened", "Headline\n\nFrance is trying to sanction Iran.", nil},
		{"the two countries are the last two named", "Headline\n\nChile and Peru met in Lima. The two countries signed a trade accord on Monday.",
			[]string{"country:CHL meet country:PER", "country:CHL sign country:PER"}},
		{"the minister is the one minister named", "Headline\n\nChilean Foreign Minister Ana Silva arrived on Monday. The minister later criticized Peru.",
			[]string{"person:ana-silva criticize country:PER"}},
		{"the minister of two is no one", "Headline\n\nForeign Minister Ana Silva of Chile and Defence Minister Luis Ortega of Peru met. The minister later criticized Bolivia.",
			[]string{"person:ana-silva meet person:luis-ortega"}},
		{"the president of several is the one who holds the title unqualified", "Headline\n\nPresident Ana Ruiz of Peru spoke on Monday. Central bank president Luis Ortega left. Chile urged the president to resign.",
			[]string{"country:CHL urge person:ana-ruiz"}},
		{"else the one who holds it of a state", "Headline\n\nPresident Ana Ruiz of Peru spoke on Monday. Luis Ortega, the president of Banco Andino, left. Chile urged the president to resign.",
			[]string{"country:CHL urge person:ana-ruiz"}},
		{"the two leaders are the two office holders named together", "Headline\n\nChilean President Ana Ruiz met her Peruvian counterpart, Luis Ortega, in Lima. Ortega's rival, Pedro Gil, was not invited. Ms Ruiz spoke after the two leaders met again in the palace.",
			[]string{"person:ana-ruiz meet person:luis-ortega", "person:ana-ruiz meet person:luis-ortega"}},
		{"the government of a story that names no state's in its headline is that of most of its parties, organizations included", "Rebels talk\n\nThe Liberation Tigers of Tamil Eelam (LTTE) spoke on Monday. Norwegian mediators arrived. The LTTE said it wanted peace. The government and the Tigers signed a ceasefire in 2002.",
			[]string{"country:LKA sign organization:liberation-tigers-of-tamil-eelam"}},
		{"a sum restated in brackets is read past", "Headline\n\nThe IMF approved a $10bn (£5.3bn) loan for Bolivia.",
			[]string{"organization:international-monetary-fund approve country:BOL", "organization:international-monetary-fund loan country:BOL"}},
		{"the party inside a pattern's words before an infinitive of purpose", "Headline\n\nThe African Union (AU) has troops in Darfur. The EU has given the AU 80m euros to support its operations in Sudan.",
			[]string{"organization:european-union fund organization:african-union", "organization:european-union support country:SDN"}},
		{"funding agreed for a state is the funding of it", "Headline\n\nThe IMF agreed new funding for Bolivia.",
			[]string{"organization:international-monetary-fund fund country:BOL"}},
		{"a state's name before a noun of aid that another party decides is whom it is for", "IMF agrees fresh Bolivia funding\n\nText.",
			[]string{"organization:international-monetary-fund fund country:BOL"}},
		{"and before a noun of sanctions another imposes", "Headline\n\nThe US imposed new Iran sanctions.", []string{"country:USA sanction country:IRN"}},
		{"a name before a noun of aid its subject receives is the giver", "Headline\n\nBolivia received fresh EU funding.", []string{"country:BOL receive organization:european-union"}},
		{"a stance on another's aid leaves it the name's", "Headline\n\nChile welcomed the new Bolivia funding.", []string{"country:CHL welcome country:BOL"}},
		{"a nationality before a border that modifies a noun is the state's", "Headline\n\nThe Shining Path fired mortars at Chilean border posts on Monday.",
			[]string{"organization:shining-path fire country:CHL"}},
		{"but before a border alone is a line, no state", "Headline\n\nPeru sent troops to the Chilean border.", nil},
		{"the killing of its leader by another is done to the subject the pronoun stands for", "Headline\n\nThe Shining Path condemned the killing of its leader by Chilean troops.",
			[]string{"organization:shining-path condemn country:CHL", "country:CHL kill organization:shining-path"}},
		{"or to the speaker, when the verb's subject is no party", "Headline\n\nThe Shining Path said the attack avenged the killing of one of its members by Chilean troops.",
			[]string{"country:CHL kill organization:shining-path"}},
		{"cutting off contacts reduces relations, as cutting ties does", "Headline\n\nChile has cut off contacts with the Peruvian government.", []string{"country:CHL cut country:PER"}},
		{"what the subject called an act is the act", "Headline\n\nNorth Korea walked out of the talks on Monday. It blamed what it called the \"hostile policy\" of the United States.",
			[]string{"country:PRK blame country:USA"}},
		{"a participle's phrase between commas is read past to the target", "Headline\n\nThe UN handed a list of 51 suspects, drawn up by a commission, to Peru.", []string{"organization:united-nations hand country:PER"}},
		{"hitting back at a party is criticising it, the particle the pattern's own", "Peru hits back at Chile criticism\n\nPeru hit back at Chile on Monday.",
			[]string{"country:PER criticize country:CHL", "country:PER criticize country:CHL"}},
		{"the holders of offices among the targets stand for them, not their states too", "Headline\n\nChile, Bolivia and Ecuador sent envoys to Lima on Monday. Peru's Foreign Minister Ana Ruiz met the foreign ministers of the three countries, Luis Ortega, Pedro Gil and Juan Soto, on Tuesday.",
			[]string{"person:ana-ruiz meet person:juan-soto,person:luis-ortega,person:pedro-gil"}},
		{"a passive's agent is no subject of a passive joined after it", "Headline\n\nThe move was condemned by Peru and welcomed by Argentina.", nil},
		{"a pronoun after a quotation a pronoun spoke is the one the sentence before was about", "Headline\n\nAna Ruiz warned Chile on Monday. \"We will not accept threats,\" she told reporters. She also accused Peru of lying.",
			[]string{"person:ana-ruiz warn country:CHL", "person:ana-ruiz accuse country:PER"}},
		{"a quotation spoken by a pronoun in a city", "Headline\n\nPeru's President Ana Ruiz has warned Chile not to deploy troops.\n\n\"We will not accept any threat,\" she told reporters in Lima.\n\nShe also accused Bolivia of lying.",
			[]string{"person:ana-ruiz warn country:CHL", "person:ana-ruiz accuse country:BOL"}},
		{"and after a sentence a pronoun opened", "Headline\n\nLuis Vega met Ana Ruiz in Lima. He said the talks went well. He also criticised Bolivia.",
			[]string{"person:luis-vega meet person:ana-ruiz", "person:luis-vega criticize country:BOL"}},
		{"the president of two states is no one", "Headline\n\nPresident Ana Ruiz of Peru met President Luis Ortega of Bolivia. Chile urged the president to resign.",
			[]string{"person:ana-ruiz meet person:luis-ortega"}},
		{"we is the speaker's state", "Headline\n\n\"We have urged Peru to stop,\" Chilean Foreign Minister Ana Silva said.", []string{"country:CHL urge country:PER"}},
		{"we is the speaker without an office", "Headline\n\n\"We condemned Peru,\" John Smith said.", []string{"person:john-smith condemn country:PER"}},
		{"we with no speaker stays unresolved", "Headline\n\nWe condemned Peru.", nil},
		{"what one stops doing is negated", "Headline\n\nSyria stopped cooperating with the United Nations.", []string{"country:SYR cooperate organization:united-nations negated"}},
		{"a denied clause is negated", "Headline\n\nPeru denied that Chile had attacked Bolivia.", []string{"country:CHL attack country:BOL negated"}},
		{"a clause of a negated verb is negated", "Headline\n\nThe move did not mean that Russia had cut its ties with Ukraine.", []string{"country:RUS cut country:UKR negated"}},
		{"a said clause is asserted", "Headline\n\nPeru said that Chile had attacked Bolivia.", []string{"country:CHL attack country:BOL"}},
		{"a pronoun opening a sentence is the last one's subject", "Headline\n\nIran seized a tanker on Monday. It accused Greece of smuggling fuel.",
			[]string{"country:IRN accuse country:GRC"}},
		{"he is the last sentence's person", "Headline\n\nJohn Smith arrived on Monday. He praised Peru.", []string{"person:john-smith praise country:PER"}},
		{"a pronoun does not stand for a party of another type", "Headline\n\nJohn Smith arrived on Monday. It praised Peru.", nil},
		{"a pronoun does not reach over a sentence without a subject", "Headline\n\nIran seized a tanker. On Monday, talks began. It accused Greece of smuggling.", nil},
		{"both sides act each", "Headline\n\nChile accused Peru of spying. Both sides later condemned Bolivia.",
			[]string{"country:CHL accuse country:PER", "country:CHL,country:PER condemn country:BOL"}},
		{"what one agrees to do has not happened yet", "Headline\n\nSerbia has agreed to support Croatia.", []string{"country:SRB agree country:HRV"}},
		{"forces strengthened in a country", "Headline\n\nIsrael has strengthened its forces in Lebanon.", []string{"country:ISR reinforce country:LBN"}},
		{"a nationality's proposal is its country's", "Headline\n\nBangladesh rejected an Indian proposal for a trade pact.", []string{"country:BGD reject country:IND"}},
		{"who leads the forces acts", "Headline\n\nVietnamese-led forces attacked Cambodian guerrillas near the border.", []string{"country:VNM attack country:KHM"}},
		{"a demand named by its noun", "Headline\n\nThe International Labour Organization repeated its demand that Israel ease restrictions.", []string{"organization:international-labour-organization demand country:ISR"}},
		{"braces read as brackets", "Headline\n\n{France is ready to send troops to Liberia, a minister said.}", []string{"country:FRA intend country:LBR"}},
		{"who elects holds the office", "Iran votes\n\nIranian President Masoud Pezeshkian spoke in Tehran. Pezeshkian was elected president in July.", []string{"country:IRN elect person:masoud-pezeshkian"}},
		{"a threat is made against the subject of its condition", "Headline\n\nRussia threatened to halt the talks if the United States deploys new missiles.", []string{"country:RUS threaten country:USA"}},
		{"a state and itself named alike is no event", "Headline\n\nTurkey said Turkey would never allow it.", nil},
		{"forces in a country are its own", "Headline\n\nSecurity forces in Guinea have tortured Liberian refugees.", []string{"country:GIN torture country:LBR"}},
		{"who is in a place is no subject", "Headline\n\nThe Red Cross operating in Iraq said it would help Jordan.", []string{"organization:international-committee-of-the-red-cross intend country:JOR"}},
		{"an embassy opened in a capital", "Headline\n\nSri Lanka has opened an embassy in Tehran.", []string{"country:LKA open country:IRN"}},
		{"an intention with a condition is an ultimatum", "Headline\n\nNigeria announced that it will withdraw its troops from Chad unless the rebels agree to talks.", []string{"country:NGA withdraw country:TCD", "country:NGA threaten country:TCD"}},
		{"roads blocked in protest", "Headline\n\nFrench farmers blocked roads to Germany on Monday.", []string{"country:FRA block country:DEU"}},
		{"agreeing to an act", "Headline\n\nIsraeli Prime Minister Ehud Barak has agreed to US mediation.", []string{"person:ehud-barak agree country:USA"}},
		{"a blockade of transport into a city", "Headline\n\nRebels in the Ivory Coast blocked transport into Abidjan on Tuesday.", []string{"country:CIV block location:abidjan"}},
		{"people throughout a country are its own", "Headline\n\nStudents throughout Indonesia staged demonstrations against Suharto.", []string{"country:IDN demonstrate person:suharto"}},
		{"the wounded are no verb", "Headline\n\nU.N. helicopters evacuated the wounded from the Bosnian town of Gorazde.", []string{"organization:united-nations evacuate country:BIH"}},
		{"a broken commitment", "Headline\n\nPresident Levy Mwanawasa has reneged on his commitment to the Zambian people.", []string{"person:levy-mwanawasa renege country:ZMB"}},
		{"borders closed", "Headline\n\nRussia closed its southern borders with Iran and Turkey.", []string{"country:RUS close country:IRN,country:TUR"}},
		{"a leader's administration is the state", "Headline\n\nThe Bush administration declared Tuesday that China must drop its barriers.", []string{"country:USA demand country:CHN"}},
		{"a protest in a city named by its kind", "Headline\n\nThousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday.", []string{"country:IRQ demonstrate location:kirkuk"}},
		{"an act done in a country names it", "Headline\n\nThe Security Council agreed to an extension of the peacekeeping mandate in Lebanon.", []string{"organization:united-nations-security-council agree country:LBN"}},
		{"once again is no clause", "Headline\n\nBangladesh has once again rejected an Indian proposal.", []string{"country:BGD reject country:IND"}},
		{"a domestic killing in the country", "Headline\n\nSerb forces killed three ethnic Albanians in a gunbattle in southern Serbia.", []string{"country:SRB kill country:SRB"}},
		{"a state named as a place is no party to a charge", "Headline\n\nAn Iraqi Kurdish group accused Iraqi government forces of bad faith in northern Iraq.", nil},
		{"a leader's government is the state of the leader's office", "Headline\n\nAfghan President Burhanuddin Rabbani met envoys on Monday. The Taliban are fighting Rabbani's government.", []string{"organization:taliban fight country:AFG"}},
		{"a leader's government without an office stays the person's", "Headline\n\nThe Taliban are fighting Rabbani's government.", []string{"organization:taliban fight person:rabbani"}},
		{"people press their leader's government", "Headline\n\nStudents throughout Indonesia staged demonstrations against President Suharto's government.", []string{"country:IDN demonstrate country:IDN"}},
		{"an object relative clause acts on its antecedent", "Headline\n\nMr Nour, whom Egypt jailed last year, met Condoleezza Rice.", []string{"country:EGY jail person:nour", "person:nour meet person:condoleezza-rice"}},
		{"an object relative clause with an object of its own", "Headline\n\nChile, which Peru signed a deal with, met Bolivia.", []string{"country:CHL meet country:BOL"}},
		{"talks after 'following' are the main clause's subject's", "Headline\n\nJacques Chirac left Paris following talks with Helmut Kohl.", []string{"person:jacques-chirac meet person:helmut-kohl"}},
		{"an actor in a phrase after 'to' is no later infinitive's subject", "Headline\n\nJohn Kornblum will head to the Bosnian town of Banja Luka to meet Radovan Karadzic.", []string{"person:john-kornblum meet person:radovan-karadzic"}},
		{"a participle before a title describes the holder", "Headline\n\nJohn Kornblum will meet Bosnian Serb acting president Biljana Plavsic.", []string{"person:john-kornblum meet person:biljana-plavsic"}},
		{"a pact made with a pronoun's one person", "Headline\n\nGulbuddin Hekmatyar, once Rabbani's main rival, made a peace pact with him in June.", []string{"person:gulbuddin-hekmatyar agree person:rabbani"}},
		{"a base verb coordinated after a modal's object", "Headline\n\nDana Rohrabacher will visit Pakistan and meet Nawaz Sharif.", []string{"person:dana-rohrabacher visit country:PAK", "person:dana-rohrabacher meet person:nawaz-sharif"}},
		{"two companies named together before", "Headline\n\nGazprom and Shell signed a deal on Monday. The two companies met Rosneft in May.", []string{"organization:gazprom sign organization:shell", "organization:gazprom,organization:shell meet organization:rosneft", "organization:gazprom meet organization:shell"}},
		{"a double dash ends the clause a subject is looked for in", "Headline\n\nTen members will follow Yukio Hatoyama when he bolts -- far short of the 50 lawmakers needed to topple Ryutaro Hashimoto.", nil},
		{"the actors of a reduced relative clause do not act after it", "Headline\n\nStudents angered by the arrest of Ana Ruiz attacked the embassy of France. Russian hackers backed by the state attacked Estonia.", []string{"country:RUS attack country:EST"}},
		{"parties coordinated as the subject of a verb of assembling meet", "Headline\n\nForeign ministers of Chile, Peru and Bolivia gathered in Lima on Monday.", []string{"country:CHL meet country:PER", "country:CHL meet country:BOL", "country:PER meet country:BOL"}},
		{"a summit's participants named after it", "Headline\n\nThe summit, attended by Chile, Peru and Bolivia, ended on Monday.", []string{"country:CHL meet country:PER", "country:CHL meet country:BOL", "country:PER meet country:BOL"}},
		{"the president is who holds the office now, not its former holder", "Headline\n\nFormer President Jorge Soto fled. President Ana Ruiz offered to resign. Evo Morales accused the president of staging a show.",
			[]string{"person:evo-morales accuse person:ana-ruiz"}},
		{"but a former holder when no one holds it now", "Headline\n\nFormer President Jorge Soto fled. Evo Morales accused the president of staging a show.",
			[]string{"person:evo-morales accuse person:jorge-soto"}},
		{"a title described by a word in lower case", "Headline\n\nTaiwan opposition leader Lien Chan arrived in China. President Chen Shui-bian criticised the opposition leader.",
			[]string{"person:lien-chan arrive country:CHN", "person:chen-shui-bian criticize person:lien-chan"}},
		{"him past a state and the agent's title in apposition", "Headline\n\nTony Blair arrived in Libya, where the Libyan leader, Muammar Gaddafi, greeted him.",
			[]string{"person:tony-blair arrive country:LBY", "person:muammar-gaddafi greet person:tony-blair"}},
		{"a reaction to an act told in another sentence names no one", "Headline\n\nChile attacked Peru on Monday. Bolivia condemned the attack.",
			[]string{"country:CHL attack country:PER"}},
		{"nor does a claim told in another sentence", "Headline\n\nChile accused Peru of spying. Peru rejected the accusations.",
			[]string{"country:CHL accuse country:PER"}},
		{"a reaction to an act told in a clause joined before it is to its doer", "Headline\n\nIndia offered aid to Nepal, but Nepal declined the offer.",
			[]string{"country:IND offer country:NPL", "country:NPL decline country:IND"}},
		{"a description in lower case stands for the one body whose name holds its words", "Headline\n\nThe Central Bank of Brazil raised rates. Finance Minister Antonio Palocci defended the central bank on Wednesday.",
			[]string{"person:antonio-palocci defend organization:central-bank-of-brazil"}},
		{"a body's head word stands for the one body of that head, however far back", "Headline\n\nThe International Criminal Tribunal for the former Yugoslavia wants Ante Gotovina. He fled in 2001. He hid in Bosnia. Gotovina was indicted by the tribunal.",
			[]string{"organization:international-criminal-tribunal-for-the-former-yugoslavia indict person:ante-gotovina"}},
		{"a capital the name tagger took for an organization is its state", "Headline\n\nCondoleezza Rice dismissed Pyongyang's accusations as groundless.",
			[]string{"person:condoleezza-rice dismiss country:PRK"}},
		{"a nationality's capital where an act is done is no party to it", "Headline\n\nThe African Union approved the plan at a meeting in the Ethiopian capital on Wednesday.", nil},
		{"nor is arriving in a nationality's capital", "Headline\n\nAna Ruiz arrived in the Chilean capital, Santiago, on Monday.", nil},
		{"a gerund before 'between' names the act of its parties", "Headline\n\nFighting between Sudan and Chad killed 20 people.", []string{"country:SDN fight country:TCD"}},
		{"a pronoun after a coordinator is the subject of the clause before", "Headline\n\nBritain protested on Friday, and it summoned Iran's ambassador.", []string{"country:GBR summon country:IRN"}},
		{"a pronoun in an opening clause is the main clause's subject", "Headline\n\nAfter she met Evo Morales, Ana Ruiz criticised Bolivia.", []string{"person:ana-ruiz meet person:evo-morales", "person:ana-ruiz criticize country:BOL"}},
		{"an object pronoun with no party before it is the one the sentence before acted on", "Headline\n\nPeru expelled two Chilean diplomats. It accused them of spying.", []string{"country:PER expel country:CHL", "country:PER accuse country:CHL"}},
		{"they after a coordinated subject is all of it", "Headline\n\nPoland and Slovenia applied in May. They have signed an association agreement with the European Union.", []string{"country:POL,country:SVN sign organization:european-union"}},
		{"a modal's reach ends at a relative pronoun", "Headline\n\nChile would prefer Ana Ruiz who met Evo Morales on Monday.", []string{"person:ana-ruiz meet person:evo-morales"}},
		{"a relative clause after a name's acronym in brackets", "Headline\n\nThe Kurdistan Democratic Party (KDP), which accuses Iran of arming its rivals, said on Thursday it had won.", []string{"organization:kurdistan-democratic-party accuse country:IRN"}},
		{"a protest at a state's embassy", "Headline\n\nIranian hardliners staged protests outside the British embassy in Tehran.", []string{"country:IRN protest location:british-embassy"}},
		{"a name particle", "Headline\n\nKenyan President Daniel arap Moi met Ugandan leader Yoweri Museveni in Nairobi.", []string{"person:daniel-arap-moi meet person:yoweri-museveni"}},
		{"fire exchanged is a clash between both", "Headline\n\nThai and Cambodian troops exchanged fire along the border on Friday.", []string{"country:THA clash country:KHM"}},
		{"troops deployed to a place", "Headline\n\nNigeria deployed 2,000 troops to the Niger Delta.", []string{"country:NGA deploy location:niger-delta"}},
		{"an armed group named in the singular", "Headline\n\nSri Lankan troops killed 12 Tamil Tiger rebels in the north.", []string{"country:LKA kill organization:liberation-tigers-of-tamil-eelam"}},
		{"talks about a third party are among those who hold them", "Headline\n\nJapan and South Korea held talks on North Korea's missile program in Seoul.", []string{"country:JPN meet country:KOR"}},
		{"whose tanker was hijacked", "Headline\n\nSomali pirates hijacked a Greek-owned tanker off the coast of Yemen.", []string{"country:SOM hijack country:GRC"}},
		{"fire traded is a clash between both", "Headline\n\nIndian and Pakistani troops traded fire across the Line of Control in Kashmir.", []string{"country:IND clash country:PAK"}},
		{"a stated unwillingness is a refusal", "Headline\n\nVenezuela said it would not extradite the suspect to Colombia.", []string{"country:VEN refuse country:COL"}},
		{"a territory its speaker's possessive names is the speaker's", "Headline\n\nPeru said on Monday that Chile had violated its airspace.", []string{"country:CHL violate country:PER"}},
		{"whom an opening phrase meets by title is the title's state", "Headline\n\nDuring a meeting with Colombia's president, Ana Ruiz signed a trade deal.", []string{"person:ana-ruiz meet country:COL"}},
		{"a visit from a party, after which the subject acts, is to the subject", "Headline\n\nColombia made the promise after a visit from Venezuela.", []string{"country:VEN visit country:COL"}},
		{"and pressure from it likewise", "Headline\n\nColombia made the promise after pressure from Venezuela.", []string{"country:VEN pressure country:COL"}},
		{"a quarrel is verbal conflict, with each other", "Headline\n\nVenezuela and Colombia quarrelled over the border.", []string{"country:VEN quarrel country:COL"}},
		{"demands brushed off are rejected", "Headline\n\nVenezuela brushed off Colombia's demands.", []string{"country:VEN reject country:COL"}},
		{"forces driving a group out use force on it", "Headline\n\nColombian troops drove the ELN out of the town.", []string{"country:COL oust organization:national-liberation-army"}},
		{"and so do forces pushing it back", "Headline\n\nColombian troops pushed back the ELN.", []string{"country:COL repel organization:national-liberation-army"}},
		{"a state's forces entering another state use force", "Headline\n\nVenezuelan troops crossed into Colombia on Monday.", []string{"country:VEN enter country:COL"}},
		{"but no one else entering it does", "Headline\n\nAna Ruiz entered Colombia on Monday.", nil},
		{"and talks entered are talks", "Headline\n\nVenezuela entered talks with Colombia.", []string{"country:VEN meet country:COL"}},
		{"a time given to act is a demand", "Headline\n\nVenezuela gave Colombia two weeks to withdraw its troops.", []string{"country:VEN demand country:COL"}},
		{"but a time given to leave is an expulsion", "Headline\n\nChile gave the Peruvian diplomats 48 hours to leave.", []string{"country:CHL expel country:PER"}},
		{"and so is a time given to diplomats the tagger took for a verb", "Headline\n\nVenezuela gave the Colombian diplomats 48 hours to leave.", []string{"country:VEN expel country:COL"}},
		{"imports limited are an embargo on their state", "Headline\n\nVenezuela limited imports of Colombian coffee.", []string{"country:VEN embargo country:COL"}},
		{"compensation sought is demanded", "Headline\n\nVenezuela has sought compensation from Colombia.", []string{"country:VEN demand country:COL"}},
		{"a state noun after a clause a comma closed is the story's state", "Colombia talks\n\nThe FARC declared a truce when talks began in Havana, and gave the government two months to lay down its arms.", []string{"organization:revolutionary-armed-forces-of-colombia demand country:COL"}},
		{"an act said to go on is stated as the act is", "Headline\n\nVenezuela said it would continue to fight Colombia.", []string{"country:VEN threaten country:COL"}},
		{"what a passive subject is for", "Headline\n\nA camp for Congolese refugees was attacked by Burundian militiamen.", []string{"country:BDI attack country:COD"}},
		{"an arrest with no agent is by the state of the headline", "Noisy saw leads Thai police to heroin hideaway.\nBANGKOK 1996-08-22\nCheung Siu Man was arrested on Wednesday.", []string{"country:THA arrest person:cheung-siu-man"}},
		{"an act done at another's invitation is invited by that other", "Headline\n\nAna Ruiz arrived in Chile on Friday on the invitation of her counterpart Luis Vega.", []string{"person:ana-ruiz arrive country:CHL", "person:luis-vega invite person:ana-ruiz"}},
		{"one called out is criticized", "Headline\n\nAna Ruiz in a statement called out Chile and Peru for abuses.", []string{"person:ana-ruiz criticize country:CHL,country:PER"}},
		{"the duties of an office terminated dismiss its holder", "Headline\n\nLuis Vega terminated the duties of Trade Minister Ana Ruiz on Monday.", []string{"person:luis-vega dismiss person:ana-ruiz"}},
		{"a participle after an appointment's office is the appointee's", "Headline\n\nLuis Vega appointed Ana Ruiz as foreign minister, replacing Marta Soto.", []string{"person:luis-vega appoint person:ana-ruiz", "person:ana-ruiz replace person:marta-soto"}},
		{"an invitation received is its author's, past the act it offers", "Headline\n\nAna Ruiz received an invitation to visit Chile from Luis Vega.", []string{"person:luis-vega invite person:ana-ruiz"}},
		{"and with no author, the act offered names no one invited", "Headline\n\nAna Ruiz received an invitation to visit Chile.", nil},
		{"a capital where a list of parties met is no party of it", "Headline\n\nIn Lima, Ana Ruiz and Luis Vega discussed the escalation in the region.", []string{"person:ana-ruiz discuss person:luis-vega"}},
		{"what one tells the press has its own subject", "Headline\n\nA rebel commander told Reuters the strikes hit a convoy of Peruvian militias.", nil},
		{"a speaker's country is the state whose office he holds", "Headline\n\nChilean President Luis Vega said Peru had attacked his country.", []string{"country:PER attack country:CHL"}},
		{"a need met is no meeting", "Headline\n\nChile, Peru and Bolivia will meet their financing needs under the programme.", nil},
		{"notes exchanged are exchanged between the two", "Headline\n\nAna Ruiz and Luis Vega exchanged diplomatic notes on the grants.", []string{"person:ana-ruiz exchange person:luis-vega"}},
		{"a list of people with their titles", "Headline\n\nThe IMF staff met with Vice President Ana Ruiz, Finance Minister Luis Vega, and Governor Jorge Paz.", []string{"organization:international-monetary-fund meet person:ana-ruiz,person:jorge-paz,person:luis-vega"}},
		{"a state's measures called illegal criticize the state", "Headline\n\nAna Ruiz called the Chilean measures illegal.", []string{"person:ana-ruiz criticize country:CHL"}},
		{"and so do a country's named before them", "Headline\n\nAna Ruiz called the Chile measures illegal.", []string{"person:ana-ruiz criticize country:CHL"}},
		{"a label given before the rejected object", "Headline\n\nPeru on Monday rejected as \"ridiculous and baseless\" accusations by Chile that it supports rebels.", []string{"country:PER reject country:CHL"}},
		{"a counterpart spelt with a hyphen", "Headline\n\nChilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Luis Vega. Ruiz and her Peruvian counter-part discussed bilateral relations.", []string{"person:ana-ruiz meet person:luis-vega", "person:ana-ruiz discuss person:luis-vega"}},
		{"he after a sentence of two people and no subject is the one the story goes on about", "Headline\n\nOn Monday, Luis Vega met President Jorge Paz of Peru. A meeting took place between Vega and Paz in Lima. He also held talks with Ana Ruiz.", []string{"person:luis-vega meet person:jorge-paz", "person:luis-vega meet person:ana-ruiz"}},
		{"a body's member named after the body is whom the act is done to", "Headline\n\nThe US has strongly urged Nato member Turkey to pull back from the deal.", []string{"country:USA urge country:TUR"}},
		{"an accord hoped for is not reached", "Headline\n\nLuis Vega said he hopes Bolivia and Ecuador will soon reach an accord.", nil},
		{"a headline's commas join its objects of a kind", "Peru Signs Pacts With Chile, Bolivia at Lima Ceremony\n\nThe deal was signed on Monday.", []string{"country:PER sign country:BOL,country:CHL"}},
		{"but not a speaker after them", "Peru attacked Chile, Ana Ruiz said\n\nThe deal was signed on Monday.", []string{"country:PER attack country:CHL"}},
		{"a list of appointments appoints each", "Reshuffle in Peru\n\nPresident Jorge Ruiz appointed Ana Soto as Minister of Mines, Oil and Gas and Luis Vega as foreign minister.", []string{"person:jorge-ruiz appoint person:ana-soto,person:luis-vega"}},
		{"a trial faced with no one named to hold it is the state's", "Ministers to face trial\n\nFormer Prime Minister Jorge Ruiz will face trial in Peru on charges of corruption.", []string{"country:PER prosecute person:jorge-ruiz"}},
		{"an inverted passive's subject follows its form of be", "Peru police arrest opposition leaders\n\nPeruvian police arrested Jorge Paz on Friday. Among those arrested were Ana Ruiz and Luis Vega.", []string{"country:PER arrest person:jorge-paz", "country:PER arrest person:ana-ruiz,person:luis-vega"}},
		{"an arrest of no one named is no act on the place", "Thai police hunt\n\nTwo men were arrested in Bangkok on Wednesday.", nil},
		{"a passive sentence is by the state of the place the clause names", "Wanted man held\n\nThe report said Jorge Ruiz was sentenced in Peru to eight years.", []string{"country:PER sentence person:jorge-ruiz"}},
		{"the clause's place before the headline's state", "Chile police hunt gang\n\nJorge Ruiz was sentenced in Peru to eight years.", []string{"country:PER sentence person:jorge-ruiz"}},
		{"a gerund after a noun's participle is the noun's act", "Headline\n\nChile's police shot dead three rebels suspected of killing a Peruvian bishop.", nil},
		{"an envoy summoned in the passive, by the state that hosts the envoy", "Headline\n\nChile's ambassador to Peru was summoned on Monday.", []string{"country:PER summon country:CHL"}},
		{"force on an envoy is not the host's", "Headline\n\nChile's ambassador to Peru was attacked on Monday.", nil},
		{"a clause joined with a common noun for subject is not the first clause's subject's", "Chile bans parties\n\nChile's parliament has been suspended and political parties are banned.", nil},
		{"an attitude voiced is its possessor's", "Headline\n\nAna Ruiz, Chile's envoy, expressed Peru's support for Bolivia.", []string{"country:PER support country:BOL"}},
		{"a headline's past form with no object is a passive", "Chilean man murdered in Peru\n\nThe police said on Monday they had no suspect.", nil},
		{"what one tells a newspaper named after its noun is no act on it", "Headline\n\nAna Ruiz told the daily Correo Austral that Chile would act.", nil},
		{"a journal named in quotes", "Headline\n\nAna Ruiz told the journal \"Minerva\" that Chile would act.", nil},
		{"what one wants done is not done", "Headline\n\nNationalists want Ruiz ousted for Peru pact", nil},
		{"what one tells a nation's state television is no act on the state", "Headline\n\nAna Ruiz told Peruvian state television that Chile would act.", nil},
		{"a nation's official media voices its state", "Headline\n\nPeruvian official media accused Chile of spying.", []string{"country:PER accuse country:CHL"}},
		{"people from a country are not its state", "Headline\n\nChilean workers have been replaced by labourers from Peru and Bolivia.", nil},
		{"they after a speech verb stands for all its subjects", "Headline\n\nChile and Bolivia said they had backed Peru.", []string{"country:BOL,country:CHL back country:PER"}},
		{"a pronoun opening the main clause is the opening clause's subject", "Headline\n\nAfter Chile closed the border, it accused Peru of smuggling.", []string{"country:CHL accuse country:PER"}},
		{"an office's possessive before its state's noun", "Headline\n\nChile's president said his government had expelled Peru's ambassador.", []string{"country:CHL expel country:PER"}},
		{"a dateline names where the story was written, not who acted", "Blogger jailed\n\nLIMA, Feb 23 - Jorge Ruiz was arrested on Tuesday.", nil},
		{"what one is urged to help another do is wanted, not done", "Headline\n\nSomalia urged the world to help the country fight al-Shabab.", nil},
		{"a country's legislature named after its adjective is acted on, not the country", "Headline\n\nKenya criticized the Estonian parliament on Monday.", []string{"country:KEN criticize organization:estonian-parliament"}},
		{"leaving for a country is a visit", "Headline\n\nPresident Ana Ruiz of Chile left for Peru on Friday.", []string{"person:ana-ruiz visit country:PER"}},
		{"leaving to act for someone is no visit", "Headline\n\nAna Ruiz left to work for Peru.", nil},
		{"what one tells the press is no act on it", "Headline\n\nPresident Musharraf told the BBC that women must not hide.", nil},
		{"a capital before a common noun tells where someone is from", "Headline\n\nA Lima lawyer wrote to President Ana Ruiz of Chile.", nil},
		{"a country's press is not its state", "Headline\n\nPresident Ana Ruiz of Chile told Peruvian television that the talks had failed.", nil},
		{"what one tells reporters in a place is told to no actor there", "Headline\n\nKalivati Ravuvu told reporters in Tonga that the deal was bad.", nil},
		{"what one tells an official is told to the official", "Headline\n\nKalivati Ravuvu told the foreign minister of Tonga that the deal was bad.", []string{"person:kalivati-ravuvu tell country:TON"}},
		{"a decision's author", "Headline\n\nRussia defended the purchase of the unit by the state firm Rosneft.", []string{"country:RUS defend organization:rosneft"}},
		{"an opposition after a comma is not the plan's author", "Headline\n\nJack Straw defended plans to end the embargo, despite opposition from the US and Japan.", nil},
		{"a rally against someone is a protest", "Headline\n\nTens of thousands of Thais rallied in Bangkok against Prime Minister Thaksin Shinawatra.", []string{"country:THA rally person:thaksin-shinawatra"}},
		{"a clause is no part of a phrase", "Headline\n\nGermany demanded that Turkey release the journalist.", []string{"country:DEU demand country:TUR"}},
		{"a government in a capital is the country's", "Headline\n\nJordan granted diplomatic recognition to the new government in Kabul.", []string{"country:JOR recognize country:AFG"}},
		{"four words inside a phrase", "Headline\n\nThe European Union extended a 500 million euro loan to Ukraine.", []string{"organization:european-union lend country:UKR"}},
		{"aid for a country", "Headline\n\nThe United States suspended part of a military aid program for Bosnia.", []string{"country:USA suspend country:BIH"}},
		{"who wounded is the subject of when", "Headline\n\nTwo Israeli civilians were wounded when Palestinian militants fired mortars at a settlement.", []string{"country:PSE wound country:ISR"}},
		{"who reports it is not whom it was done to", "Headline\n\nIndonesian police tortured detained separatists, Amnesty International said.", nil},
		{"a past tense the tagger takes for a noun", "Headline\n\nSpain's prime minister spoke by telephone with the Moroccan king about migration.", []string{"country:ESP speak country:MAR"}},
		{"an act's author", "Headline\n\nWashington denounced the execution of the opposition leader by the Iranian authorities.", []string{"country:USA denounce country:IRN"}},
		{"whose role a gerund names", "Headline\n\nJordan praised Egypt's role in mediating between Israel and Hamas.", []string{"country:JOR praise country:EGY", "country:EGY mediate country:ISR,organization:hamas"}},
		{"what one is warned against has not happened", "Headline\n\nIraq warned Turkey against sending troops into northern Iraq.", []string{"country:IRQ warn country:TUR"}},
		{"protesters in a capital are its country's", "Headline\n\nProtesters in Tehran chanted slogans against the United States.", []string{"country:IRN protest country:USA"}},
		{"talks after the act are another act, the subject's", "Headline\n\nCuba freed 75 dissidents after talks with the Catholic Church and Spain.", []string{"country:CUB meet country:ESP,organization:roman-catholic-church"}},
		{"a place after a verb's own preposition leaves later parties to other acts", "Headline\n\nJorge Ruiz flew to the coast on Monday for consultations with Peru's president.", []string{"person:jorge-ruiz consult country:PER"}},
		{"a visit to a nationality's people is no visit to its country", "Headline\n\nJorge Ruiz visited the Peruvian community in Madrid.", nil},
		{"a place between an event noun and its parties", "Headline\n\nTalks in Vienna between Chile and Peru ended on Monday.", []string{"country:CHL meet country:PER"}},
		{"talks among several parties are each pair's", "Headline\n\nTalks among Chile, Peru and Bolivia ended.", []string{"country:CHL meet country:PER", "country:CHL meet country:BOL", "country:PER meet country:BOL"}},
		{"assurances received are the giver's", "Headline\n\nChile said it had received assurances from the Peruvian government.", []string{"country:PER assure country:CHL"}},
		{"an event noun's from-phrase does it", "Headline\n\nThere has been strong criticism of Chile from the European Union.", []string{"organization:european-union criticize country:CHL"}},
		{"what one receives from another is the other's act", "Headline\n\nThe rebels say Chile is receiving military support from Peru.", []string{"country:PER support country:CHL"}},
		{"a particle between a verb and its event noun", "Headline\n\nThe UN has stepped up pressure on Chile.", []string{"organization:united-nations pressure country:CHL"}},
		{"who is on a visit makes it", "Headline\n\nJorge Ruiz is on a three-day visit to Chile.", []string{"person:jorge-ruiz visit country:CHL"}},
		{"a visit in commas beside a name is the name's, and so is the verb after it", "Headline\n\nJorge Ruiz, on a visit to Chile, met Ana Lopez.",
			[]string{"person:jorge-ruiz visit country:CHL", "person:jorge-ruiz meet person:ana-lopez"}},
		{"the by-phrase of a decision does what is decided", "Headline\n\nThe decision by Chile to expel the Peruvian ambassador angered Lima.", []string{"country:CHL expel country:PER"}},
		{"an offer to help is no offer of help, and names whom it helps", "Headline\n\nChile offered to help Peru.", []string{"country:CHL offer country:PER"}},
		{"contacts are consultations", "Headline\n\nThe accord followed direct US contacts with Chile.", []string{"country:USA contact country:CHL"}},
		{"clashes between two parties", "Headline\n\nClashes between Hamas and Fatah killed two.", []string{"organization:hamas clash organization:fatah"}},
		{"a place's people of a nationality act for the place", "Headline\n\nKosovo's Albanian leaders rejected Serbia's offer of autonomy.", []string{"country:XKX reject country:SRB"}},
		{"who is behind an act does it", "Headline\n\nChilean agents were behind the killing of a Peruvian minister, Jorge Ruiz.", []string{"country:CHL kill person:jorge-ruiz"}},
		{"troops pulled out of a country", "Headline\n\nChile pulled its troops out of Peru.", []string{"country:CHL withdraw country:PER"}},
		{"the two generals are the last two people named together", "Headline\n\nThe US froze the assets of General Ana Ruiz and General Luis Vega. Britain imposed travel bans on the two generals.", []string{"country:USA freeze person:ana-ruiz,person:luis-vega", "country:GBR sanction person:ana-ruiz,person:luis-vega"}},
		{"the two leaders are the last two people named together", "Headline\n\nJorge Ruiz hosted Ana Lopez in Lima. The two leaders agreed to meet again in May.", []string{"person:jorge-ruiz host person:ana-lopez", "person:jorge-ruiz agree person:ana-lopez"}},
		{"parties who accuse each other accuse the other", "Headline\n\nChile and Peru accused each other of violating the ceasefire.", []string{"country:CHL accuse country:PER", "country:PER accuse country:CHL"}},
		{"a move in apposition welcomed by another", "Headline\n\nChile released three dissidents on Friday, a move welcomed by Peru.", []string{"country:PER welcome country:CHL"}},
		{"a country's forces in another country are the first's", "Headline\n\nChilean forces in Peru have handed over a key base to Peruvian troops.", []string{"country:CHL hand country:PER"}},
		{"a place as object leaves later parties to other acts", "Headline\n\nJorge Ruiz warned the West against interfering in Peru.", nil},
		{"a named body in apposition to the subject acts", "Headline\n\nThe EU's executive, the European Commission, has fined Chile.", []string{"organization:european-commission fine country:CHL"}},
		{"whom something is handed over to", "Headline\n\nChile handed over a suspected Shining Path leader to Peru.", []string{"country:CHL hand country:PER"}},
		{"what should be done to another asks nothing of it", "Headline\n\nJorge Ruiz said Peru should be wiped off the map.", nil},
		{"who is in a city for talks holds them", "Headline\n\nChile's foreign minister, Jorge Ruiz, is due in Lima on Tuesday for talks with Ana Lopez.", []string{"person:jorge-ruiz meet person:ana-lopez"}},
		{"who is ready for talks holds none yet", "Headline\n\nChile is ready for talks with Peru.", nil},
		{"what groups are urged to do is theirs, not the urger's", "Headline\n\nThe Peruvian president has urged militant groups to halt their attacks on Chile.", nil},
		{"a name in apposition to the object is the target", "Headline\n\nChile's government has reached a peace deal with the country's largest rebel group, the Shining Path.", []string{"country:CHL agree organization:shining-path"}},
		{"trade called for has not happened", "Headline\n\nChile called for greater trade between Peru and Bolivia.", nil},
		{"a person's office speaks for the person", "Headline\n\nJorge Ruiz's office said he had invited Ana Lopez to his farm.", []string{"person:jorge-ruiz invite person:ana-lopez"}},
		{"titled names joined are one subject", "Headline\n\nPresident Jorge Ruiz and Chancellor Ana Lopez met in Lima.", []string{"person:jorge-ruiz meet person:ana-lopez"}},
		{"neither ... nor denies the act of both", "Headline\n\nNeither Chile nor Peru attacked Bolivia.", []string{"country:CHL,country:PER attack country:BOL negated"}},
		{"a border with a country is no party to what is done near it", "Headline\n\nChile said it had captured the town of Arica near the border with Peru.", nil},
		{"a trailing participle is the nearest clause's subject's", "Headline\n\nThe talks collapsed after Chile walked out, accusing Peru of bad faith.", []string{"country:CHL accuse country:PER"}},
		{"criticism a participle says the subject drew", "Headline\n\nA Chilean court jailed Jorge Ruiz, drawing criticism from Peru.", []string{"country:CHL jail person:jorge-ruiz", "country:PER criticize country:CHL"}},
		{"pressure one acts despite is on oneself", "Headline\n\nChile refused to sign the accord, despite pressure from Peru.", []string{"country:PER pressure country:CHL"}},
		{"whom an offer is made to, before what is offered", "Headline\n\nThe EU offered Libya help in tackling illegal immigration.", []string{"organization:european-union offer country:LBY"}},
		{"welcoming a bid welcomes its owner", "Headline\n\nNato's secretary general welcomed Ukraine's bid to join the alliance.", []string{"organization:north-atlantic-treaty-organization welcome country:UKR"}},
		{"a light verb the tagger took for an adjective", "Headline\n\nBritain accused China of spying and imposed sanctions on Russia.", []string{"country:GBR accuse country:CHN", "country:GBR sanction country:RUS"}},
		{"the accused does what it is accused of", "Headline\n\nLima was accused by the US of supplying weapons to Hezbollah.", []string{"country:USA accuse country:PER", "country:PER supply organization:hezbollah"}},
		{"who is called on to stop does the stopping", "Headline\n\nJorge Ruiz called on Peru to stop attacking Chile.", []string{"person:jorge-ruiz urge country:PER", "country:PER attack country:CHL negated"}},
		{"a verb after a relative clause in commas shares the first verb's subject", "Headline\n\nJorge Ruiz condemned the raid, which was claimed by rebels, and urged Chile to hold talks.", []string{"person:jorge-ruiz urge country:CHL"}},
		{"he in a relative clause of place is the one person before it", "Headline\n\nJorge Ruiz, who flew to Lima from Quito, where he met Ecuador's president, will meet Peru's president.", []string{"person:jorge-ruiz fly country:PER", "person:jorge-ruiz meet country:ECU", "person:jorge-ruiz meet country:PER"}},
		{"talks inside the subject's participle are the subject's", "Headline\n\nJorge Ruiz, speaking in Lima after talks with Chile's foreign minister, said the border would open.", []string{"person:jorge-ruiz meet country:CHL"}},
		{"a gerund after the main clause is its subject's", "Headline\n\nPeru's president spoke to reporters after meeting Chile's foreign minister.", []string{"country:PER meet country:CHL"}},
		{"he after the main clause is its one person", "Headline\n\nJorge Ruiz praised Peru after he visited Chile.", []string{"person:jorge-ruiz praise country:PER", "person:jorge-ruiz visit country:CHL"}},
		{"a junta acts for its country", "Headline\n\nMyanmar's junta released Aung San Suu Kyi from house arrest on Saturday.", []string{"country:MMR release person:aung-san-suu-kyi"}},
		{"a participle with by is passive", "Headline\n\nThe Iraqis said they were ordinary people persecuted by the regime of Saddam Hussein.", []string{"person:saddam-hussein persecute country:IRQ"}},
		{"an assault backed by a capital names no target", "Headline\n\nIranian troops moved in after an assault backed by Baghdad into the region.", nil},
		{"talks between two parties", "Headline\n\nTalks between Israel and Syria resumed in Washington on Monday.", []string{"country:ISR meet country:SYR"}},
		{"clashes between two nationalities' troops", "Headline\n\nClashes between Indian and Chinese troops erupted along the border.", []string{"country:IND clash country:CHN"}},
		{"talks put off did not happen", "Headline\n\nTalks between Iran and the European Union were postponed.", nil},
		{"a country's official of the same kind", "Headline\n\nBritish Foreign Secretary Jack Straw visited Tehran on Monday. Iran later summoned the British minister.", []string{"country:IRN summon person:jack-straw"}},
		{"a country's ambassador is not its premier", "Headline\n\nChinese Premier Li Qiang visited Manila on Monday. The Philippines later summoned China's ambassador.", []string{"country:PHL summon country:CHN"}},
		{"a name in apposition to the subject acts", "Headline\n\nThe minister, Kim Howells, criticised Iran.", []string{"person:kim-howells criticize country:IRN"}},
		{"a list of names is no apposition: each acts", "Headline\n\nFrance, Germany, Italy, condemned Israel.", []string{"country:DEU,country:FRA,country:ITA condemn country:ISR"}},
		{"two parties restore ties with each other", "Headline\n\nAlgeria and Morocco restored diplomatic ties on Monday.", []string{"country:DZA restore country:MAR"}},
		{"one party restores ties with another", "Headline\n\nAlgeria restored diplomatic ties with Morocco on Monday.", []string{"country:DZA restore country:MAR"}},
		{"its troops are the party that speaks of them", "Headline\n\nThe Nigerian army said its troops had killed 30 Boko Haram fighters.", []string{"country:NGA kill organization:boko-haram"}},
		{"attacking an idea is criticizing", "Headline\n\nArgentina's president attacked British imperialism in a speech.", []string{"country:ARG attack country:GBR"}},
		{"attacking a force is force", "Headline\n\nRussian jets attacked Ukrainian positions near Kharkiv.", []string{"country:RUS attack country:UKR"}},
		{"stopping a flow of goods to a country", "Headline\n\nIraq shut off oil exports to Turkey after a court ruling.", []string{"country:IRQ cut country:TUR"}},
		{"who is in talks holds them", "Headline\n\nIndia has been in talks with Iran for a decade.", []string{"country:IND meet country:IRN"}},
		{"an event noun's by-phrase acts", "Headline\n\nThe UN condemned the killing of Palestinians by Israeli forces in Gaza.", []string{"organization:united-nations condemn country:ISR", "country:ISR kill country:PSE"}},
		{"an event noun's by-phrase with no one acted upon", "Headline\n\nThe UN condemned the killing of aid workers by Israeli forces in Gaza.", []string{"organization:united-nations condemn country:ISR"}},
		{"the owner of a decision does what is decided", "Headline\n\nChad's decision to expel the French ambassador angered Paris.", []string{"country:TCD expel country:FRA"}},
		{"where people are sent back to is not acted upon", "Headline\n\nSweden's decision to send them back to Bulgaria angered Turkey.", nil},
		{"breaking a truce with another", "Headline\n\nHamas broke the truce with Israel on Monday.", []string{"organization:hamas violate country:ISR"}},
		{"drills with another party are cooperation", "Headline\n\nChina held joint drills with Russia.", []string{"country:CHN drill country:RUS"}},
		{"drills near another party are a show of force", "Headline\n\nChina conducted drills near Taiwan.", []string{"country:CHN drill country:TWN"}},
		{"the person a title with of names is met", "Headline\n\nFrance's foreign minister met US Secretary of State Anna Brook in London.", []string{"country:FRA meet person:anna-brook"}},
		{"a purpose after a meeting names no one met", "Headline\n\nThe IAEA board met in Vienna to discuss a report on Iran's programme.", nil},
		{"a threat names whom its act is done to", "Headline\n\nAzerbaijan threatened on Monday to break relations with Russia.", []string{"country:AZE threaten country:RUS"}},
		{"an act one reacts to is another's, and its victim no target", "Headline\n\nBrazil criticised the sanctions on Venezuela.", nil},
		{"coordinated verbs share the first one's subject", "Headline\n\nJapan met Chinese Foreign Minister Li Wei and urged China to free the crew.", []string{"country:JPN meet person:li-wei", "country:JPN urge country:CHN"}},
		{"a subject coordinated past an article", "Headline\n\nSaudi Arabia and the United Arab Emirates promised aid to Egypt.", []string{"country:ARE,country:SAU promise country:EGY"}},
		{"who is also in talks holds them", "Headline\n\nThe IMF is also in talks with Tunisia.", []string{"organization:international-monetary-fund meet country:TUN"}},
		{"a sea is acted in, not upon", "Headline\n\nHouthi rebels attacked a ship in the Red Sea.", nil},
		{"a country's ministry named by its field acts for the country", "Headline\n\nRussia's foreign ministry summoned the Moldovan ambassador. The US Justice Department sued Zenith Corp.",
			[]string{"country:RUS summon country:MDA", "organization:united-states-department-of-justice sue organization:zenith-corp"}},
		{"a noun in another form than its verb", "Headline\n\nThe Turkish invasion of Syria began in October.", []string{"country:TUR invade country:SYR"}},
		{"the place an act named by a noun is of", "Headline\n\nIsrael's blockade of Gaza entered its second year.", []string{"country:ISR blockade location:gaza"}},
		{"support named by a noun is for whom it is", "Headline\n\nChina's support for Russia worries the West.", []string{"country:CHN support country:RUS"}},
		{"a noun for a time is no support", "Headline\n\nTalks for hours between the two sides produced nothing.", nil},
		{"what is still to be decided has not happened", "Headline\n\nEU leaders will decide whether to open membership talks with Serbia.", nil},
		{"two countries' officers coordinated meet", "Headline\n\nEthiopia's prime minister and Eritrea's president met in Asmara.", []string{"country:ETH meet country:ERI"}},
		{"a present tense in -s the tagger took for a noun", "Headline\n\nThe UN condemns Myanmar.", []string{"organization:united-nations condemn country:MMR"}},
		{"a headline's comma joins names", "Pakistan, India agree to ceasefire\n\nThe story went on.", []string{"country:PAK agree country:IND"}},
		{"a headline's base verb after names joined", "China, Russia sign energy deal\n\nThe story went on.", []string{"country:CHN sign country:RUS"}},
		{"a headline's noun after one name stays a noun", "Russia deal collapses\n\nThe story went on.", nil},
		{"a body's comma alone joins no names", "Headline\n\nBefore visiting Japan, India agreed to a ceasefire.", []string{"country:IND visit country:JPN"}},
		{"an owned noun's of names whom it is done to", "Headline\n\nGermany's recognition of Kosovo upset Serbia.", []string{"country:DEU recognize country:XKX"}},
		{"an unowned visit's of names the visitor, no object", "Headline\n\nThe visit of the Chinese president to Kenya ended.", []string{"country:CHN visit country:KEN"}},
		{"but with no to, nothing", "Headline\n\nThe visit of the Chinese president ended.", nil},
		{"talks called off did not happen", "Headline\n\nTalks between Iran and the European Union were called off.", nil},
		{"talks whose cancellation is told did not happen", "Headline\n\nThe cancellation of talks between Iran and the European Union angered Russia.", nil},
		{"an appeal is what one should do", "Headline\n\nThe EU said on Sunday that the US should back Ukraine.", []string{"organization:european-union urge country:USA"}},
		{"two sides fought", "Headline\n\nEthiopian and Eritrean troops fought along their border.", []string{"country:ETH fight country:ERI"}},
		{"a demand made on Sunday", "Headline\n\nThe EU said on Sunday that the US must back Ukraine.", []string{"organization:european-union demand country:USA"}},
		{"what one must do has not happened", "Headline\n\nThe EU said on Monday that the US must back Ukraine.", []string{"organization:european-union demand country:USA"}},
		{"another's would stays hypothetical", "Headline\n\nAnalysts said Iran would attack Israel.", nil},
		{"an act weighed is not done", "Headline\n\nChile is considering imposing sanctions on Peru.", nil},
		{"pronoun subject is not resolved", "Headline\n\nIsrael struck Gaza in Lebanon after it killed Ali Hassan.", nil},
		{"a matter discussed with a party", "Headline\n\nFrance discussed the crisis with Germany on Monday.", []string{"country:FRA discuss country:DEU"}},
		{"a matter discussed with no party", "Headline\n\nFrance discussed the crisis on Monday.", nil},
		{"them of nationals is their state", "Headline\n\nPeru expelled two Chilean diplomats, accusing them of spying.", []string{"country:PER expel country:CHL", "country:PER accuse country:CHL"}},
		{"control regained from a party", "Headline\n\nChile regained control of the port from Peru.", []string{"country:CHL retake country:PER"}},
		{"a state protesting to another complains", "Headline\n\nJapan protested to China on Monday.", []string{"country:JPN protest country:CHN"}},
		{"mediators named together mediate between others", "Headline\n\nEgypt and Qatar, which mediated the talks, urged Israel to respect the truce.", []string{"country:EGY,country:QAT urge country:ISR"}},
		{"diplomats declared persona non grata are expelled", "Headline\n\nBelarus declared two Lithuanian diplomats persona non grata.", []string{"country:BLR expel country:LTU"}},
		{"the owner of a passive's subject is its target", "Headline\n\nGeorgia's ruling party has been accused by the EU of backsliding.", []string{"organization:european-union accuse country:GEO"}},
		{"an attack condemned with its victim alone condemns no victim", "Headline\n\nFrance condemned the attack on Israel.", nil},
		{"an attack condemned with its doer condemns the doer", "Headline\n\nFrance condemned the attack on Israel by Iran.", []string{"country:FRA condemn country:IRN", "country:IRN attack country:ISR"}},
		{"sanctions rejected are another's, their victim no target", "Headline\n\nChina rejected the sanctions on Russia.", nil},
		{"strikes backed are another's, their victim no target", "Headline\n\nThe US backed the strikes on Iran.", nil},
		{"an actor backed is the target", "Headline\n\nThe US backed Ukraine.", []string{"country:USA back country:UKR"}},
		{"fire exchanged is one clash", "Headline\n\nIndia and Pakistan exchanged fire along the border.", []string{"country:IND clash country:PAK"}},
		{"a group of a nationality called by its name is that group", "Headline\n\nBritain sanctioned a Russian hacking group known as Star Blizzard.", []string{"country:GBR sanction organization:star-blizzard"}},
		{"standing with a party supports it", "Headline\n\nWashington said it stood with Pakistan.", []string{"country:USA support country:PAK"}},
		{"weapons received from a party are its supply", "Headline\n\nUkraine received 30 tanks from Poland.", []string{"country:POL supply country:UKR"}},
		{"a sum received is no guest but the giver's funding", "Headline\n\nIsrael received $3.8bn from the United States in March.", []string{"country:USA fund country:ISR"}},
		{"and one received every year a standing relation", "Headline\n\nIsrael receives $3.8bn every year from the United States.", nil},
		{"a sum of aid received from a party is its aid", "Headline\n\nIsrael receives $3.8bn in military aid from the United States.", []string{"country:USA aid country:ISR"}},
		{"a ceasefire brokered by a third party", "Headline\n\nIndia and Pakistan agreed to a ceasefire brokered by Qatar.", []string{"country:IND agree country:PAK", "country:QAT mediate country:IND", "country:QAT mediate country:PAK"}},
		{"an opening participle's agent acts on the main subject", "Headline\n\nBacked by Russia, Syria attacked Turkey.", []string{"country:RUS back country:SYR", "country:SYR attack country:TUR"}},
		{"an opening participle's comma ends its agent", "Headline\n\nHosted by Ana Ruiz, Luis Soto and Eva Mora held talks.", []string{"person:ana-ruiz host person:eva-mora,person:luis-soto", "person:luis-soto meet person:eva-mora"}},
		{"a title's holder named after its owner", "Headline\n\nAna Ruiz met Foreign Minister of Peru Luis Soto in Lima.", []string{"person:ana-ruiz meet person:luis-soto"}},
		{"a possessor's bid named by what it seeks is the possessor's", "Headline\n\nTurkey gave a green light to Sweden's NATO bid.", []string{"country:TUR approve country:SWE"}},
		{"a word for one country's legislature after another's adjective", "Headline\n\nChile criticised the Peruvian Congress.", []string{"country:CHL criticize organization:peruvian-congress"}},
		{"an infinitive's object is no subject of the verb after it", "Headline\n\nThe minister said the decision to recognise a Palestinian state undermined Israel's security.", nil},
		{"a passive going on after a noun is done to the noun", "Headline\n\nThe decision to recognise a Chilean state undermined efforts to return the 12 hostages being held by Hamas in Gaza.", nil},
		{"and to the nationality of the noun", "Headline\n\nChile said the move undermined efforts to free the 12 Peruvian hostages being held by Hamas in Gaza.", []string{"organization:hamas abduct country:PER"}},
		{"a gerund after an event noun's by is the means, not the doer", "Headline\n\nChile gave tacit approval to the raids by opening Peru's airspace to Bolivian aircraft.", nil},
		{"a warning received is the giver's", "Headline\n\nChilean officials acknowledged receiving advance warning from Peru about the raids.", []string{"country:PER warn country:CHL"}},
		{"a court named by its kind acts", "Headline\n\nThe High Court ordered Zenith Corp to pay the fine.", []string{"organization:high-court order organization:zenith-corp"}},
		{"what a ruling says another must do is an order", "Headline\n\nThe High Court ruled that Zenith Corp must pay $40 million to Orbit Inc.", []string{"organization:high-court order organization:zenith-corp"}},
		{"but what it says another did is none", "Headline\n\nThe High Court ruled that Zenith Corp had broken the law.", nil},
		{"what is expected is not done", "Headline\n\nChile expects to impose sanctions on Peru.", nil},
		{"nor what one expects another to do", "Headline\n\nAna Ruiz said she expects heavy fines against Orbit Inc to come into force.", nil},
		{"but what is expected to happen is scheduled", "Headline\n\nChile is expected to sign the deal with Peru on Monday.", []string{"country:CHL sign country:PER"}},
		{"a party coordinated past a nationality and a title in capitals", "Headline\n\nAna Lopez said President Ruiz and Peruvian Prime Minister Soto met.", []string{"person:ruiz meet person:soto"}},
		{"a mediator named in a hyphenated word before the talks", "Headline\n\nThe Qatar-mediated talks between Chile and Peru collapsed.", []string{"country:CHL meet country:PER", "country:QAT mediate country:CHL", "country:QAT mediate country:PER"}},
		{"and after the talks between two", "Headline\n\nThe talks between Chile and Peru, mediated by Qatar, collapsed.", []string{"country:CHL meet country:PER", "country:QAT mediate country:CHL", "country:QAT mediate country:PER"}},
		{"an owned act's sum between its owner and the noun", "Headline\n\nRegulators cleared Zenith Corp's $34.9 billion purchase of Orbit Inc.", []string{"organization:zenith-corp purchase organization:orbit-inc"}},
		{"and its adjective", "Headline\n\nBritain's strong criticism of China angered Beijing.", []string{"country:GBR criticize country:CHN"}},
		{"a dateline's long dash is the hyphen's", "Headline\n\nSANTIAGO (AP) — Talks between Chile and Peru collapsed on Monday.", []string{"country:CHL meet country:PER"}},
		{"a phrase's gap holding the verb's object", "Headline\n\nKenya's president hosted his Ugandan counterpart for talks in Nairobi.", []string{"country:KEN host country:UGA"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			if diff := cmp.Diff(tc.want, eventSet(r)); diff != "" {
				t.Errorf("events (-want +got):\n%s\nentities: %q", diff, entitySet(r))
			}
		})
	}
}

// TestVerbSenses: the same words in two senses, told apart by where the
// target is found, give each its own CAMEO code.
func TestVerbSenses(t *testing.T) {
	for _, tc := range []struct{ text, code string }{
		{"Headline\n\nChina held joint drills with Russia.", "062"},
		{"Headline\n\nChina held drills near Taiwan.", "150"},
		{"Headline\n\nJapan protested to China.", "114"},
		{"Headline\n\nJapan protested against China.", "141"},
		// an attack, or a clash, in words is criticism; the text's verb
		// stays the action
		{"Headline\n\nChile attacked Peru on Monday for allowing rebels to meet.", "111"},
		{"Headline\n\nPresident Ana Ruiz attacked Peruvian imperialists in a speech.", "111"},
		{"Headline\n\nArgentina's president attacked British imperialism in a speech.", "111"},
		{"Headline\n\nChilean President Ana Ruiz and Peruvian President Hugo Soto clashed over trade at a summit.", "111"},
		{"Headline\n\nRussian jets attacked Ukrainian positions near Kharkiv.", "190"},
		// expelling a body's people reduces relations with it; expelling a
		// person deports him
		{"Headline\n\nNorth Korea expelled inspectors of the International Atomic Energy Agency.", "166"},
		{"Headline\n\nAzerbaijan expelled Igor Sokolov, a Russian diplomat.", "174"},
		// a state's regular forces killing use conventional force (190);
		// guerrillas, unconventional violence (18)
		{"Headline\n\nSerbian forces killed three Albanians.", "190"},
		{"Headline\n\nHezbollah guerrillas killed two Israelis.", "180"},
		// hitting a party with sanctions or tariffs sanctions it (163), in
		// either voice; hitting it with arms is force (190)
		{"Headline\n\nChile hit Peru with new tariffs.", "163"},
		{"Headline\n\nPeru was hit with sanctions by Chile.", "163"},
		{"Headline\n\nChile hit Peru with missiles.", "190"},
		// lifting a veto or dropping an objection yields (080); withdrawing
		// troops de-escalates (087)
		{"Headline\n\nTurkey lifted its veto on Sweden's NATO membership.", "080"},
		{"Headline\n\nTurkey withdrew its opposition to Sweden's NATO bid.", "080"},
		{"Headline\n\nTurkey withdrew its troops from Syria.", "087"},
		// a warning, a threat or an apology received is the giver's act
		{"Headline\n\nChilean officials acknowledged receiving advance warning from Peru about the raids.", "130"},
		{"Headline\n\nChile received a formal apology from Peru.", "055"},
		// snapping up a company buys it, picking up a stake invests (061)
		{"Headline\n\nZenith Corp snapped up Orbit Inc for $2bn.", "061"},
		{"Headline\n\nZenith Corp picked up a stake in Orbit Inc.", "061"},
		// launching a mediation mediates (045); offering one is an intent (039)
		{"Headline\n\nQatar launched a mediation effort between Chile and Peru.", "045"},
	} {
		r := run(t, tc.text)
		if len(r.Events) != 1 || r.Events[0].Code != tc.code {
			t.Errorf("%q: events %q, want one coded %s", tc.text, eventSet(r), tc.code)
		}
	}
}

func TestEventDateAndEvidence(t *testing.T) {
	r := run(t, "Headline\n\nRussia attacked Ukraine on Monday.")
	if len(r.Events) != 1 {
		t.Fatalf("events = %q, want one", eventSet(r))
	}
	e := r.Events[0]
	if e.Date != "2024-03-25" {
		t.Errorf("date = %q, want 2024-03-25 (the Monday before the article's Tuesday)", e.Date)
	}
	if r.Doc.Text[e.Evidence.Start:e.Evidence.End] != e.Evidence.Text || e.Evidence.Text != "Russia attacked Ukraine on Monday." {
		t.Errorf("evidence = %+v", e.Evidence)
	}
	if e.Category != "19" && e.Category != "18" {
		t.Errorf("category = %q, want an assault/fight root", e.Category)
	}
}

// An event takes the date told nearest it, not the most precise date of
// its sentence.
func TestEventNearestDate(t *testing.T) {
	r := run(t, "Headline\n\nRussia accused Ukraine on Monday of breaking a ceasefire agreed in March 2015.")
	if len(r.Events) != 1 {
		t.Fatalf("events = %q, want one", eventSet(r))
	}
	if d := r.Events[0].Date; d != "2024-03-25" {
		t.Errorf("date = %q, want 2024-03-25 (the Monday before the article's Tuesday), not March 2015", d)
	}
}

func TestRoleCodeFromOwner(t *testing.T) {
	r := run(t, "Headline\n\nHamas leader Yusuf Darwish spoke. Foreign Minister Ana Silva of Portugal replied.")
	want := map[string]string{"person:yusuf-darwish": "REB", "person:ana-silva": "GOV"}
	for _, e := range r.Entities {
		if code, ok := want[e.Key]; ok {
			if len(e.Roles) != 1 || e.Roles[0].Code != code {
				t.Errorf("%s roles = %+v, want one with code %s", e.Key, e.Roles, code)
			}
			delete(want, e.Key)
		}
	}
	for k := range want {
		t.Errorf("no entity %s", k)
	}
}

func TestNoNameNoPerson(t *testing.T) {
	r := run(t, "Headline\n\nA senior Guyanese police officer said the suspects fled.")
	for _, e := range r.Entities {
		if e.Type == Person {
			t.Errorf("unexpected person %s (%q): the text names no one", e.Key, e.Label)
		}
	}
}

func TestMentionOffsets(t *testing.T) {
	r := run(t, "Headline “Quoted”\n\n“We will act,” said Prime Minister José Ramírez of Spain’s government. Ramírez left.")
	for _, e := range r.Entities {
		for _, m := range e.Mentions {
			if r.Doc.Text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at [%d,%d) does not match text %q", e.Key, m.Text, m.Start, m.End, r.Doc.Text[m.Start:m.End])
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	text := "Headline\n\nUK Foreign Secretary Jack Straw met Chinese Foreign Minister Li Zhaoxing. The US and UK sanctioned China."
	first := run(t, text)
	for i := 0; i < 20; i++ {
		if diff := cmp.Diff(first, run(t, text), cmpopts.IgnoreUnexported(Document{}, Token{})); diff != "" {
			t.Fatalf("run %d differs (-first +now):\n%s", i, diff)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Headline\n\nRussia attacked Ukraine on Monday. Putin's envoy met Mr. Smith, the U.S. envoy.")
	f.Add("“Quoted” — ‘x’ (AP)\n\n\u00a0 Al-Qaeda’s leader, al-Baghdadi, was killed by U.S. forces.")
	f.Add("a-b-c -- . . . 's 's ' , ,")
	f.Add("Generals\n\nPresidents A and B met Trade and Industry Minister Ana Ruiz. Ministers C, D and E left.")
	f.Add("Chile rejects remarks\n\nMrs Ruiz met Mr Soto. The government rejected her remarks and summoned her. Peru's envoy was summoned to the ministry in")
	f.Add("H\n\nChile must pay, the UN said. The country denied any involvement until the two sides reach")
	f.Add("H\n\nThe Lord's Resistance Army and the People's Women's Front of Nation's Party met.")
	x := extractor(f)
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := Parse("f", "f", []byte(in), ParseOptions{})
		if err != nil {
			return
		}
		r, err := x.Extract(doc)
		if err != nil {
			return
		}
		for _, e := range r.Entities {
			for _, m := range e.Mentions {
				if m.Start < 0 || m.End > len(in) || m.Start > m.End || in[m.Start:m.End] != m.Text {
					t.Fatalf("%s: bad mention span [%d,%d) %q", e.Key, m.Start, m.End, m.Text)
				}
			}
		}
	})
}

func TestEventModalitySpeakerLocation(t *testing.T) {
	tests := []struct {
		name, text                   string
		modality                     Modality
		speaker, location, agent, to string
	}{
		{"asserted with location", "Headline\n\nIsrael struck Hezbollah in Beirut on Friday.", Asserted, "", "location:beirut", "country:ISR", "organization:hezbollah"},
		{"future", "Headline\n\nJapan will sanction Russia next week.", Future, "", "", "country:JPN", "country:RUS"},
		{"a headline's to-do", "Japan to sanction Russia\n\nThe story went on.", Future, "", "", "country:JPN", "country:RUS"},
		{"an infinitive of purpose shares the future of the verb it serves", "Headline\n\nChile will send troops to fight Peru.", Future, "", "", "country:CHL", "country:PER"},
		{"is to happen", "Headline\n\nJapan is to sanction Russia next week.", Future, "", "", "country:JPN", "country:RUS"},
		{"expected to happen", "Headline\n\nJapan is expected to sanction Russia next week.", Future, "", "", "country:JPN", "country:RUS"},
		{"talks expected to begin", "Headline\n\nTalks between Japan and Russia are expected to begin next year.", Future, "", "", "country:JPN", "country:RUS"},
		{"talks a future verb begins, past the noun before them", "Headline\n\nJapan will begin accession talks with the EU.", Future, "", "", "country:JPN", "organization:european-union"},
		{"an act named by a noun a future verb governs", "Headline\n\nJapan will join a US attack on Russia.", Future, "", "", "country:USA", "country:RUS"},
		{"a meeting in a clause of time in the present is to come", "Headline\n\nChilean President Ana Ruiz will raise the issue when she meets Peruvian President Hugo Soto next month.", Future, "", "", "person:ana-ruiz", "person:hugo-soto"},
		{"speaker before", "Headline\n\nJudith Collins said APT40 targeted the Parliamentary Service.", Asserted, "person:judith-collins", "", "organization:apt40", "organization:parliamentary-service"},
		{"speaker after", "Headline\n\nChina attacked Taiwan, Judith Collins said.", Asserted, "person:judith-collins", "", "country:CHN", "country:TWN"},
		{"speaker after the verb", "Headline\n\nChina attacked Taiwan, said Judith Collins.", Asserted, "person:judith-collins", "", "country:CHN", "country:TWN"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			if len(r.Events) != 1 {
				t.Fatalf("events = %q, want one", eventSet(r))
			}
			e := r.Events[0]
			got := []string{string(e.Modality), e.Speaker, e.Location, strings.Join(e.Agents, ","), strings.Join(e.Targets, ",")}
			want := []string{string(tc.modality), tc.speaker, tc.location, tc.agent, tc.to}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("modality, speaker, location, agents, targets (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIncludeHypothetical(t *testing.T) {
	x, err := NewWith(IncludeHypothetical(true))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse("h.txt", "h.txt", []byte("Headline\n\nGermany could sanction Russia. France sanctioned Iran."), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract(doc)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range r.Events {
		got = append(got, strings.Join(e.Agents, ",")+" "+string(e.Modality))
	}
	want := []string{"country:DEU hypothetical", "country:FRA asserted"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if n := len(run(t, "Headline\n\nGermany could sanction Russia. France sanctioned Iran.").Events); n != 1 {
		t.Errorf("by default %d events, want the asserted one only", n)
	}
}

func TestPersonNationality(t *testing.T) {
	r := run(t, "Headline\n\nZambia extradited suspected British militant Haroon Aswad on Sunday.")
	for _, e := range r.Entities {
		if e.Key == "person:haroon-aswad" {
			if e.Country != "GBR" {
				t.Errorf("country of %s = %q, want GBR", e.Key, e.Country)
			}
			if len(e.Roles) != 0 {
				t.Errorf("roles = %+v: a nationality is no title", e.Roles)
			}
			return
		}
	}
	t.Errorf("no person:haroon-aswad in %q", entitySet(r))
}

// A person given a country's office in a lead acts for that country.
func TestLeadTitleCountry(t *testing.T) {
	r := run(t, "Headline\n\nChile's president has defended the sale of the mine. Hugo Alvarez said the state had done nothing wrong.")
	for _, e := range r.Entities {
		if e.Key == "person:hugo-alvarez" {
			if e.Country != "CHL" {
				t.Errorf("country of %s = %q, want CHL", e.Key, e.Country)
			}
			return
		}
	}
	t.Errorf("no person:hugo-alvarez in %q", entitySet(r))
}

func TestPlaceIsNoTarget(t *testing.T) {
	r := run(t, "Headline\n\nForeign Minister Liisa Saar of Estonia spoke to reporters in Tallinn, Estonia, on Monday.")
	if len(r.Events) != 0 {
		t.Errorf("events = %q, want none: Tallinn and Estonia say where, not to whom", eventSet(r))
	}
}

func TestWellKnownPeople(t *testing.T) {
	tests := []struct {
		name, text string
		key        string // the person
		label      string
		country    string
		role       string // "title of" of one of their roles, when not empty
		absent     string // a key that must not exist
	}{
		{"title before the name", "Headline\n\nPresident Bill Clinton imposed sanctions on the Taliban.",
			"person:bill-clinton", "Bill Clinton", "USA", "president country:USA", ""},
		{"surname after the full name keeps the country", "Headline\n\nAbdelaziz Bouteflika arrived on Monday. Bouteflika said the talks went well.",
			"person:abdelaziz-bouteflika", "Abdelaziz Bouteflika", "DZA", "", "person:bouteflika"},
		{"a name the tagger cut short and that grew back", "Headline\n\nThey urged President George W Bush to review the bid.",
			"person:george-w-bush", "George W Bush", "USA", "president country:USA", ""},
		{"unknown name", "Headline\n\nAhmed Benhalima said the talks went well.",
			"person:ahmed-benhalima", "Ahmed Benhalima", "", "", ""},
		{"no match inside a longer name", "Headline\n\nJohn Howard Smith said the talks went well.",
			"person:john-howard-smith", "John Howard Smith", "", "", "person:john-howard"},
		{"label is the form the text uses", "Headline\n\nWilliam Jefferson Clinton spoke. Clinton left.",
			"person:william-jefferson-clinton", "William Jefferson Clinton", "USA", "", "person:bill-clinton"},
		{"a country word inside the name", "Headline\n\nIsrael Katz spoke on Monday.",
			"person:israel-katz", "Israel Katz", "ISR", "", "country:ISR"},
		{"a single unambiguous name", "Headline\n\nThe talks failed, Suharto said.",
			"person:suharto", "Suharto", "IDN", "", ""},
		{"spelling with diacritics", "Headline\n\nRecep Tayyip Erdoğan spoke on Monday.",
			"person:recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "TUR", "", ""},
		{"international official", "Headline\n\nKofi Annan welcomed the move.",
			"person:kofi-annan", "Kofi Annan", "", "", ""},
		{"the country the text gives wins", "Headline\n\nThe Soviet foreign minister Eduard Shevardnadze arrived.",
			"person:eduard-shevardnadze", "Eduard Shevardnadze", "SUN", "foreign minister country:SUN", ""},
		{"a title and one known surname", "Headline\n\nStudents marched against President Bouteflika's government.",
			"person:bouteflika", "Bouteflika", "DZA", "", ""},
		{"a surname people of two countries share", "Headline\n\nStudents marched against President Castro's government.",
			"person:castro", "Castro", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			var found *Entity
			for i, e := range r.Entities {
				if e.Key == tc.key {
					found = &r.Entities[i]
				}
				if tc.absent != "" && e.Key == tc.absent {
					t.Errorf("unexpected entity %s", e.Key)
				}
			}
			if found == nil {
				t.Fatalf("no entity %s in %q", tc.key, entitySet(r))
			}
			if found.Type != Person || found.Label != tc.label || found.Country != tc.country {
				t.Errorf("%s = %s %q country %q, want person %q country %q", tc.key, found.Type, found.Label, found.Country, tc.label, tc.country)
			}
			if tc.role != "" {
				var roles []string
				for _, ro := range found.Roles {
					roles = append(roles, ro.Title+" "+ro.Of)
				}
				if !strings.Contains(strings.Join(roles, "|"), tc.role) {
					t.Errorf("roles of %s = %q, want %q", tc.key, roles, tc.role)
				}
			}
		})
	}
}

// TestCountryInName checks the country read from words inside a name: a
// compass word or a sentence's first word before a known country or
// nationality, and a country or place inside an organization's name.
func TestCountryInName(t *testing.T) {
	tests := []struct {
		name, text string
		key        string
		country    string
		absent     string
	}{
		{"a compass word before a country", "Headline\n\nTroops retook a village in Western Cambodia.", "country:KHM", "KHM", "organization:western-cambodia"},
		{"a first word before a nationality", "Headline\n\nYoung Algerians blocked roads on Sunday.", "country:DZA", "DZA", "person:young-algerians"},
		{"a place in an organization's name", "Headline\n\nThe police warned workers of the Union of Bus Workers of Tehran on Monday.", "organization:union-of-bus-workers-of-tehran", "IRN", ""},
		{"a name with no place keeps no country", "Headline\n\nThe United Bus Company held a dinner in Tehran.", "organization:united-bus-company", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.text)
			for _, e := range r.Entities {
				if tc.absent != "" && e.Key == tc.absent {
					t.Errorf("unexpected entity %s", e.Key)
				}
				if e.Key == tc.key && e.Country != tc.country {
					t.Errorf("%s country %q, want %q", e.Key, e.Country, tc.country)
				}
			}
			if !slices.ContainsFunc(r.Entities, func(e Entity) bool { return e.Key == tc.key }) {
				t.Fatalf("no entity %s in %q", tc.key, entitySet(r))
			}
		})
	}
}

func TestAgrees(t *testing.T) {
	for _, tc := range []struct {
		entry gazEntry
		typ   EntityType // the name tagger's; "" for MISC
		want  bool
	}{
		{gazEntry{typ: Country}, Location, true},
		{gazEntry{typ: Location}, Location, true},
		{gazEntry{typ: Location}, Organization, false}, // a city named for its club
		{gazEntry{typ: Organization}, Organization, true},
		{gazEntry{typ: Person}, Person, true},
		{gazEntry{typ: Person}, Location, false},
		{gazEntry{typ: Country, demonym: true}, "", true},
		{gazEntry{typ: Country, demonym: true}, Location, false},
		{gazEntry{typ: Country}, "", false},
	} {
		if got := agrees(tc.entry, tc.typ); got != tc.want {
			t.Errorf("agrees(%+v, %q) = %v", tc.entry, tc.typ, got)
		}
	}
}

func TestCrosses(t *testing.T) {
	spans := []names.Span{{Start: 2, End: 4}, {Start: 6, End: 7}}
	for _, tc := range []struct {
		a, b int
		want bool
	}{
		{2, 4, false}, {1, 5, false}, {3, 5, true}, {0, 3, true}, {4, 6, false}, {5, 8, false}, {6, 8, false},
	} {
		if got := crosses(spans, tc.a, tc.b); got != tc.want {
			t.Errorf("crosses(%d, %d) = %v", tc.a, tc.b, got)
		}
	}
}

// plainTokens are tokens of words, with no offsets and no tags.
func plainTokens(words ...string) []Token {
	out := make([]Token, len(words))
	for i, w := range words {
		out[i] = Token{Text: w}
	}
	return out
}

// placeAfterPrep alone: a place after "in" or listed after one, not one
// that owns what follows it.
func TestPlaceAfterPrep(t *testing.T) {
	place := gazEntry{typ: Location, kind: "region"}
	for _, tc := range []struct {
		text string
		a, b int
		e    gazEntry
		want bool
	}{
		{"plants/NNS in/IN Yorkshire/NNP", 2, 3, place, true},
		{"in/IN Wales/NNP and/CC Yorkshire/NNP", 3, 4, place, true},
		{"in/IN New/NNP South/NNP Wales/NNP and/CC Yorkshire/NNP", 5, 6, place, true},
		{"in/IN Cardiff/NNP ,/, Wales/NNP and/CC Yorkshire/NNP", 5, 6, place, true},
		{"beat/VBD Yorkshire/NNP", 1, 2, place, false},
		{"Lancashire/NNP and/CC Yorkshire/NNP", 2, 3, place, false},
		{"in/IN Karlsruhe/NNP 's/POS win/NN", 1, 2, place, false},
		{"in/IN Downing/NNP Street/NNP", 1, 3, gazEntry{typ: Location, kind: kindSeat}, false},
		{"in/IN Gazprom/NNP", 1, 2, gazEntry{typ: Organization}, false},
	} {
		if got := placeAfterPrep(slashTagged(tc.text), tc.a, tc.b, tc.e); got != tc.want {
			t.Errorf("%s (%d..%d): %v, want %v", tc.text, tc.a, tc.b, got, tc.want)
		}
	}
}

// pastHonorifics alone: back over the honorifics before a name, and no
// further.
func TestPastHonorifics(t *testing.T) {
	for _, tc := range []struct {
		text string
		a    int
		want int
	}{
		{"minister/NN ,/, Lord/NNP Green/NNP", 3, 2},
		{"minister/NN ,/, Mr/NNP Ruiz/NNP", 3, 2},
		{"minister/NN ,/, Ana/NNP Ruiz/NNP", 2, 2},
		{"Dr/NNP Ruiz/NNP", 1, 0},
		{"minister/NN Green/NNP", 1, 1},
	} {
		if got := pastHonorifics(slashTagged(tc.text), tc.a); got != tc.want {
			t.Errorf("%s (%d): %d, want %d", tc.text, tc.a, got, tc.want)
		}
	}
}

// TestJoinParticles: a person the tagger found goes on over a particle
// joined to the next part of the name; other names and other words do not.
func TestJoinParticles(t *testing.T) {
	bd := extractor(t).newBuilder(&Document{})
	for _, tc := range []struct {
		name  string
		words []Token
		spans []names.Span
		want  []names.Span
	}{
		{"al- after a person", plainTokens("Abdel", "Fattah", "al-Sisi", "spoke"),
			[]names.Span{{Start: 0, End: 2, Type: "PER"}, {Start: 2, End: 3, Type: "MISC"}},
			[]names.Span{{Start: 0, End: 3, Type: "PER"}}},
		{"two particles in a row", plainTokens("Hamad", "bin-Khalifa", "al-Thani"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}},
			[]names.Span{{Start: 0, End: 3, Type: "PER"}}},
		{"not after a place", plainTokens("Cairo", "al-Sisi"),
			[]names.Span{{Start: 0, End: 1, Type: "LOC"}},
			[]names.Span{{Start: 0, End: 1, Type: "LOC"}}},
		{"not a word that is no particle", plainTokens("Abdel", "Fattah", "pro-Sisi"),
			[]names.Span{{Start: 0, End: 2, Type: "PER"}},
			[]names.Span{{Start: 0, End: 2, Type: "PER"}}},
		{"not a particle before a lower-case word", plainTokens("Abdel", "Fattah", "al-ahram"),
			[]names.Span{{Start: 0, End: 2, Type: "PER"}},
			[]names.Span{{Start: 0, End: 2, Type: "PER"}}},
		{"a particle on its own between two persons", slashTagged("Sheikh/NNP Khalid/NNP bin/VBZ Ahmed/NNP Al/NNP Khalifa/NNP said/VBD"),
			[]names.Span{{Start: 1, End: 2, Type: "PER"}, {Start: 3, End: 6, Type: "PER"}},
			[]names.Span{{Start: 1, End: 6, Type: "PER"}}},
		{"a particle on its own before a word in capitals", slashTagged("Salman/NNP bin/NN Hamad/NNP met/VBD"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}},
			[]names.Span{{Start: 0, End: 3, Type: "PER"}}},
		{"a particle in lower case opens a name after a word in lower case", slashTagged("linked/VBN to/TO al/NN Qaeda/NNP"),
			[]names.Span{{Start: 3, End: 4, Type: "ORG"}},
			[]names.Span{{Start: 2, End: 4, Type: "ORG"}}},
		{"after a determiner in capitals", slashTagged("The/DT al/NN Qaeda/NNP militants/NNS"),
			[]names.Span{{Start: 2, End: 3, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}}},
		{"but not after a word in capitals", slashTagged("Banco/NNP de/IN Chile/NNP rose/VBD"),
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}},
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}}},
		{"two particles on their own", slashTagged("Rafael/NNP van/NN der/NN Vaart/NNP scored/VBD"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}},
			[]names.Span{{Start: 0, End: 4, Type: "PER"}}},
		{"not before a place", slashTagged("Ruiz/NNP de/FW Lima/NNP"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}},
			[]names.Span{{Start: 0, End: 1, Type: "PER"}}},
		{"not before an organization the tagger found", slashTagged("Ruiz/NNP de/FW Petrobras/NNP"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}, {Start: 2, End: 3, Type: "ORG"}},
			[]names.Span{{Start: 0, End: 1, Type: "PER"}, {Start: 2, End: 3, Type: "ORG"}}},
		{"not a particle in capitals", slashTagged("Ruiz/NNP De/NNP Lima/NNP"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}},
			[]names.Span{{Start: 0, End: 1, Type: "PER"}}},
		{"not before a word in lower case", slashTagged("Ruiz/NNP de/FW facto/FW"),
			[]names.Span{{Start: 0, End: 1, Type: "PER"}},
			[]names.Span{{Start: 0, End: 1, Type: "PER"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, bd.joinParticles(tc.words, tc.spans)); diff != "" {
				t.Errorf("joinParticles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestJoinPeoples: a name after "People's" and the like, or the capitals
// there, reach back over them and the name before as one organization;
// other names, and one across the possessive already, stay as they are.
func TestJoinPeoples(t *testing.T) {
	bd := extractor(t).newBuilder(&Document{})
	for _, tc := range []struct {
		name  string
		words []Token
		spans []names.Span
		want  []names.Span
	}{
		{"a place, People's and an organization", plainTokens("The", "Sudan", "People", "'s", "Liberation", "Movement", "spoke"),
			[]names.Span{{Start: 1, End: 2, Type: "LOC"}, {Start: 4, End: 6, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 6, Type: "ORG"}}},
		{"People's and an organization alone", plainTokens("The", "People", "'s", "Party", "won"),
			[]names.Span{{Start: 3, End: 4, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}}},
		{"the collective noun taken for a name of its own", plainTokens("The", "Lord", "'s", "Resistance", "Army", "attacked"),
			[]names.Span{{Start: 1, End: 2, Type: "PER"}, {Start: 3, End: 5, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"a place after People's is an organization's name", plainTokens("the", "Tarvo", "People", "'s", "Republic", "said"),
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 4, End: 5, Type: "LOC"}},
			[]names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"capitals after People's the tagger left out", plainTokens("the", "Tarvo", "People", "'s", "Front", "said"),
			[]names.Span{{Start: 1, End: 3, Type: "LOC"}},
			[]names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"a name across the possessive already", plainTokens("the", "People", "'s", "Republic", "of", "China"),
			[]names.Span{{Start: 1, End: 6, Type: "LOC"}},
			[]names.Span{{Start: 1, End: 6, Type: "LOC"}}},
		{"a state's name the lexicon knows", plainTokens("the", "People", "'s", "Republic", "of", "China", "said"),
			[]names.Span{{Start: 1, End: 2, Type: "ORG"}, {Start: 3, End: 6, Type: "LOC"}},
			[]names.Span{{Start: 1, End: 6, Type: "LOC"}}},
		{"a known name's possessive", plainTokens("the", "United", "Nations", "'", "European", "office"),
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}}},
		{"a known word in capitals after it", plainTokens("the", "Tarvo", "People", "'s", "Chilean", "office"),
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}},
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}}},
		{"a country's organization stays apart", plainTokens("China", "'s", "Liberation", "Army"),
			[]names.Span{{Start: 0, End: 1, Type: "LOC"}, {Start: 2, End: 4, Type: "ORG"}},
			[]names.Span{{Start: 0, End: 1, Type: "LOC"}, {Start: 2, End: 4, Type: "ORG"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, bd.joinPeoples(tc.words, tc.spans)); diff != "" {
				t.Errorf("joinPeoples (-want +got):\n%s", diff)
			}
		})
	}
}

// joinOfAnd alone: an organization split at "and" after its "of" is one.
func TestJoinOfAnd(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name  string
		text  string
		spans []names.Span
		want  []names.Span
	}{
		{"a ministry of two fields", "the/DT Ministry/NNP of/IN Trade/NNP and/CC Industry/NNP said/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 5, End: 6, Type: "ORG"}}, []names.Span{{Start: 1, End: 6, Type: "ORG"}}},
		{"words the tagger left", "the/DT Association/NNP for/IN Refugees/NNPS and/CC Displaced/NNP Persons/NNPS said/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}}, []names.Span{{Start: 1, End: 7, Type: "ORG"}}},
		{"a country after it is its own", "the/DT Ministry/NNP of/IN Defence/NNP and/CC Chile/NNP signed/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 5, End: 6, Type: "LOC"}}, []names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 5, End: 6, Type: "LOC"}}},
		{"a person after it is theirs", "the/DT Ministry/NNP of/IN Defence/NNP and/CC Ana/NNP Ruiz/NNP signed/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 5, End: 7, Type: "PER"}}, []names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 5, End: 7, Type: "PER"}}},
		{"a title after it opens another name", "the/DT Ministry/NNP of/IN Defence/NNP and/CC President/NNP Ruiz/NNP",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 6, End: 7, Type: "PER"}}, []names.Span{{Start: 1, End: 4, Type: "ORG"}, {Start: 6, End: 7, Type: "PER"}}},
		{"a name that ends in of and a place is whole", "the/DT Bank/NNP of/IN America/NNP and/CC Tolvaren/NNP Lynch/NNP said/VBD",
			[]names.Span{{Start: 1, End: 4, Type: "ORG"}}, []names.Span{{Start: 1, End: 4, Type: "ORG"}}},
		{"no of in the name", "the/DT Tolvaren/NNP Bank/NNP and/CC Mirovka/NNP Trust/NNP said/VBD",
			[]names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 4, End: 6, Type: "ORG"}}, []names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 4, End: 6, Type: "ORG"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
			if diff := cmp.Diff(tc.want, bd.joinOfAnd(toks, tc.spans)); diff != "" {
				t.Errorf("joinOfAnd (-want +got):\n%s", diff)
			}
		})
	}
}

// ownedCompanies alone: a name the tagger took for a place, where a stake
// is held in it, is a company, unless the lexicon knows it.
func TestOwnedCompanies(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name  string
		text  string
		spans []names.Span
		want  string
	}{
		{"a stake in an unknown name", "a/DT stake/NN in/IN Tolvaren/NNP", []names.Span{{Start: 3, End: 4, Type: "LOC"}}, "ORG"},
		{"shares in an unknown name", "sold/VBD shares/NNS in/IN Tolvaren/NNP", []names.Span{{Start: 3, End: 4, Type: "LOC"}}, "ORG"},
		{"a stake in a place the lexicon knows", "a/DT stake/NN in/IN Nigeria/NNP", []names.Span{{Start: 3, End: 4, Type: "LOC"}}, "LOC"},
		{"no stake", "a/DT plant/NN in/IN Tolvaren/NNP", []names.Span{{Start: 3, End: 4, Type: "LOC"}}, "LOC"},
		{"a takeover of a name the tagger is unsure is a place", "takeover/NN of/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "LOC", Score: 0.79}}, "ORG"},
		{"a merger with a name the tagger is unsure is a person", "merger/NN with/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "PER", Score: 0.6}}, "ORG"},
		{"a stake in a name the tagger is unsure is a person", "a/DT stake/NN in/IN Tolvaren/NNP", []names.Span{{Start: 3, End: 4, Type: "PER", Score: 0.6}}, "ORG"},
		{"a purchase of a name the tagger is unsure is a place", "purchase/NN of/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "LOC", Score: 0.6}}, "ORG"},
		{"a sale of a name the tagger is unsure is a person", "sale/NN of/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "PER", Score: 0.6}}, "ORG"},
		{"the privatisation of a name the tagger is unsure is a place", "privatisation/NN of/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "LOC", Score: 0.6}}, "ORG"},
		{"a takeover of a name the tagger is sure is a place", "takeover/NN of/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "LOC", Score: 0.95}}, "LOC"},
		{"an invasion of a name the tagger is unsure of", "invasion/NN of/IN Tolvaren/NNP", []names.Span{{Start: 2, End: 3, Type: "LOC", Score: 0.6}}, "LOC"},
		{"a takeover of a place the lexicon knows", "takeover/NN of/IN Crimea/NNP", []names.Span{{Start: 2, End: 3, Type: "LOC", Score: 0.6}}, "LOC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
			if got := bd.ownedCompanies(toks, tc.spans)[0].Type; got != tc.want {
				t.Errorf("type %s, want %s", got, tc.want)
			}
		})
	}
}

// suffixCompanies alone: a one-word name written with a company's word is
// a company.
func TestSuffixCompanies(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		span       names.Span
		want       string
	}{
		{"a bank's word in a place's name", "the/DT Tolvarbank/NNP lent/VBD", names.Span{Start: 1, End: 2, Type: "LOC"}, "ORG"},
		{"an oil company's word in a person's name", "Tolvarneft/NNP bought/VBD", names.Span{Start: 0, End: 1, Type: "PER"}, "ORG"},
		{"the word alone", "the/DT Bank/NNP lent/VBD", names.Span{Start: 1, End: 2, Type: "LOC"}, "LOC"},
		{"after a preposition of place", "flew/VBD to/TO Tolvargaz/NNP", names.Span{Start: 2, End: 3, Type: "LOC"}, "LOC"},
		{"two words", "Tolvar/NNP Westbank/NNP lent/VBD", names.Span{Start: 0, End: 2, Type: "LOC"}, "LOC"},
		{"a name the lexicon knows keeps the tagger's type for the lexicon to settle", "the/DT Sberbank/NNP lent/VBD", names.Span{Start: 1, End: 2, Type: "LOC"}, "LOC"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
			if got := bd.suffixCompanies(toks, []names.Span{tc.span})[0].Type; got != tc.want {
				t.Errorf("type %s, want %s", got, tc.want)
			}
		})
	}
}

// joinPurposeNames alone: a head of organizations' names, "to" and the
// name after it are one organization.
func TestJoinPurposeNames(t *testing.T) {
	x := extractor(t)
	for _, tc := range []struct {
		name, text string
		spans      []names.Span
		want       []names.Span
	}{
		{"the head alone before", "the/DT Committee/NNP to/TO Protect/NNP Tolvars/NNPS", []names.Span{{Start: 3, End: 5, Type: "LOC"}}, []names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"an organization ending in the head", "the/DT National/NNP Committee/NNP to/TO Protect/NNP Tolvars/NNPS", []names.Span{{Start: 1, End: 3, Type: "ORG"}, {Start: 4, End: 6, Type: "ORG"}}, []names.Span{{Start: 1, End: 6, Type: "ORG"}}},
		{"a place ending in the head", "the/DT West/NNP Bank/NNP to/TO Stop/NNP Tolvars/NNPS", []names.Span{{Start: 1, End: 3, Type: "LOC"}, {Start: 4, End: 6, Type: "ORG"}}, []names.Span{{Start: 1, End: 3, Type: "LOC"}, {Start: 4, End: 6, Type: "ORG"}}},
		{"a name the lexicon knows after to", "the/DT Commission/NNP to/TO Jerusalem/NNP", []names.Span{{Start: 3, End: 4, Type: "LOC"}}, []names.Span{{Start: 3, End: 4, Type: "LOC"}}},
		{"the verb before a person's name the tagger found", "the/DT Committee/NNP to/TO Protect/NNP Ana/NNP Tolvar/NNP", []names.Span{{Start: 4, End: 6, Type: "PER"}}, []names.Span{{Start: 1, End: 6, Type: "ORG"}}},
		{"a person right after to", "the/DT Committee/NNP to/TO Ana/NNP Tolvar/NNP", []names.Span{{Start: 3, End: 5, Type: "PER"}}, []names.Span{{Start: 3, End: 5, Type: "PER"}}},
		{"no word of the language after to", "the/DT Committee/NNP to/TO Tolvar/NNP", []names.Span{{Start: 3, End: 4, Type: "LOC"}}, []names.Span{{Start: 3, End: 4, Type: "LOC"}}},
		{"no head before to", "the/DT Team/NNP to/TO Protect/NNP Tolvars/NNPS", []names.Span{{Start: 3, End: 5, Type: "LOC"}}, []names.Span{{Start: 3, End: 5, Type: "LOC"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks := slashTagged(tc.text)
			bd := x.newBuilder(&Document{Sentences: []Sentence{{Tokens: toks}}})
			if diff := cmp.Diff(tc.want, bd.joinPurposeNames(toks, tc.spans)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// joinPlaceHeads alone: a place the tagger found takes the facility noun
// after it.
func TestJoinPlaceHeads(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		spans []names.Span
		want  []names.Span
	}{
		{"a place and its airport", "at/IN Juan/NNP Santamaria/NNP airport/NN ./.",
			[]names.Span{{Start: 1, End: 3, Type: "LOC"}}, []names.Span{{Start: 1, End: 4, Type: "LOC"}}},
		{"no facility noun", "at/IN Juan/NNP Santamaria/NNP today/NN ./.",
			[]names.Span{{Start: 1, End: 3, Type: "LOC"}}, []names.Span{{Start: 1, End: 3, Type: "LOC"}}},
		{"a person takes none", "Ana/NNP Ruiz/NNP camp/NN",
			[]names.Span{{Start: 0, End: 2, Type: "PER"}}, []names.Span{{Start: 0, End: 2, Type: "PER"}}},
		{"a facility noun that modifies another", "the/DT Halo/NNP Trust/NNP mine/NN clearance/NN",
			[]names.Span{{Start: 1, End: 3, Type: "LOC"}}, []names.Span{{Start: 1, End: 3, Type: "LOC"}}},
		{"one of the place's, after an indefinite article", "on/IN a/DT jam-packed/JJ Paris/NNP church/NN",
			[]names.Span{{Start: 3, End: 4, Type: "LOC"}}, []names.Span{{Start: 3, End: 4, Type: "LOC"}}},
		{"a state's mission after an indefinite article is the event rules'", "on/IN a/DT Tolvaren/NNP embassy/NN",
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}}, []names.Span{{Start: 2, End: 4, Type: "LOC"}}},
		{"a place and its mountains", "bombed/VBD the/DT Tarvo/NNP mountains/NNS ./.",
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}}, []names.Span{{Start: 2, End: 4, Type: "LOC"}}},
		{"a noun before the head", "hit/VBD the/DT Tarvo/NNP refugee/NN camp/NN ./.",
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}}, []names.Span{{Start: 2, End: 5, Type: "LOC"}}},
		{"a noun before no head", "hit/VBD the/DT Tarvo/NNP police/NN station/NN ./.",
			[]names.Span{{Start: 2, End: 3, Type: "LOC"}}, []names.Span{{Start: 2, End: 3, Type: "LOC"}}},
		{"a region's island is no name", "the/DT Caribbean/NNP island/NN of/IN Tarvo/NNP",
			[]names.Span{{Start: 1, End: 2, Type: "LOC"}}, []names.Span{{Start: 1, End: 2, Type: "LOC"}}},
		{"in capitals, the tagger's own", "Gisenyi/NNP Prison/NNP",
			[]names.Span{{Start: 0, End: 1, Type: "LOC"}}, []names.Span{{Start: 0, End: 1, Type: "LOC"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, joinPlaceHeads(slashTagged(tc.text), tc.spans)); diff != "" {
				t.Errorf("joinPlaceHeads (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBalanceBrackets(t *testing.T) {
	words := plainTokens("the", "Azadliq", "(", "Freedom", ")", "coalition", "and", "NATO", "(", "in", "Riga", ")")
	for _, tc := range []struct {
		name        string
		spans, want []names.Span
	}{
		{"closed by the next word", []names.Span{{Start: 1, End: 4, Type: "ORG"}}, []names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"closed already", []names.Span{{Start: 1, End: 5, Type: "ORG"}}, []names.Span{{Start: 1, End: 5, Type: "ORG"}}},
		{"never closed", []names.Span{{Start: 7, End: 10, Type: "ORG"}}, []names.Span{{Start: 7, End: 8, Type: "ORG"}}},
		{"no bracket", []names.Span{{Start: 7, End: 8, Type: "ORG"}}, []names.Span{{Start: 7, End: 8, Type: "ORG"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, balanceBrackets(words, tc.spans)); diff != "" {
				t.Errorf("balanceBrackets (-want +got):\n%s", diff)
			}
		})
	}
}

// A name with a particle joined to its last part is one person, whose
// last part alone refers to them.
func TestParticleNames(t *testing.T) {
	r := run(t, "Headline\n\nThe prime minister phoned Egyptian President Abdel Fattah al-Sisi on Monday. Sisi said Egypt would help.")
	var got []string
	for _, e := range r.Entities {
		if e.Type == Person {
			for _, m := range e.Mentions {
				got = append(got, e.Key+" "+m.Text)
			}
		}
	}
	want := []string{"person:abdel-fattah-al-sisi Abdel Fattah al-Sisi", "person:abdel-fattah-al-sisi Sisi"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("person mentions (-want +got):\n%s", diff)
	}
}

// A nationality adjective is a mention of its country marked as such, and
// a name the tagger found carries its confidence.
func TestMentionKinds(t *testing.T) {
	res := run(t, "Headline\n\nChilean officials met Ana Ruiz in Lisbon.")
	var demonym, confident bool
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if m.Text == "Chilean" && e.Key == "country:CHL" && m.Demonym {
				demonym = true
			}
			if m.Text == "Ana Ruiz" && m.Confidence > 0.5 && m.Confidence <= 1 {
				confident = true
			}
		}
	}
	if !demonym || !confident {
		t.Errorf("demonym mention %v, confidence of the person %v: %+v", demonym, confident, res.Entities)
	}
}

func TestModifier(t *testing.T) {
	for w, want := range map[string]bool{
		"US-funded": true, "Tehran-based": true, "Saudi-led": true,
		"Guinea-Bissau": false, "al-Qaeda": false, "Radio": false, "-led": false, "US-": false, "2-1": false,
	} {
		if got := modifier(w); got != want {
			t.Errorf("modifier(%q) = %v", w, got)
		}
	}
}

// A company's name without its "Corporation", "Ltd" or "Inc" is the
// company; a one-word remainder only when the name tagger takes it for an
// organization and no person of the document bears it, as a founder's
// surname may.
func TestCompanyShortName(t *testing.T) {
	for _, c := range []struct {
		text string
		want map[string]int // an entity's key and its number of mentions
	}{
		{"Port deal\n\nMoana Ports Corporation won the contract. Moana Ports will build the wharf.",
			map[string]int{"organization:moana-ports-corporation": 2}},
		{"Drug makers clash\n\nBiogen Inc said it would appeal. Biogen shares fell 3 percent. Chiron Corp reported lower sales, and Chiron said demand was weak.",
			map[string]int{"organization:biogen-inc": 2, "organization:chiron-corp": 2}},
		{"Stake deal\n\nAcme Holdings Ltd bought a stake in Zeta Group. Acme said the deal closed.",
			map[string]int{"organization:acme-holdings-ltd": 2}},
		{"Port deal\n\nGautam Adani spoke on Monday. Adani Holdings Ltd bid for the port, Adani said.",
			map[string]int{"organization:adani-holdings-ltd": 1}},
		// the words between the short name and the legal form name the trade
		{"Mine deal\n\nKinross Gold Corp bought a stake in the mine. Kinross said output would rise.",
			map[string]int{"organization:kinross-gold-corp": 2}},
		// a legal form in any case; a headline's capitals
		{"TARMAC PROFITS RISE\n\nTarmac Plc said profits rose in the year.",
			map[string]int{"organization:tarmac-plc": 2}},
		// a club by the name before its city's
		{"Cup tie\n\nAjax Amsterdam beat Sparta Prague 2-0 on Wednesday. Ajax scored twice in the first half.",
			map[string]int{"organization:ajax-amsterdam": 2}},
		// a body by its name without its country
		{"Crop report\n\nThe U.S. Agriculture Department raised its forecast. Stocks were low, the Agriculture Department said.",
			map[string]int{"organization:u-s-agriculture-department": 2}},
		// a legal form alone names no one
		{"Drug sales\n\nBiogen Inc sued Berlex. BioVest Research, Inc's analyst Eddie Hedaya said sales fell.",
			map[string]int{"organization:biogen-inc": 1}},
		// a short name two companies share names neither
		{"Bank deal\n\nMarlow Capital Corp and Marlow Holdings Inc agreed terms on Monday. Shares in Marlow rose 5 percent after Marlow said the deal had closed.",
			map[string]int{"organization:marlow-capital-corp": 1, "organization:marlow-holdings-inc": 1, "organization:marlow": 2}},
		// a name with its own legal form is a full name
		{"Bank deal\n\nGoldman Sachs & Co Wertpapier GmbH won the mandate, Goldman Sachs & Co said.",
			map[string]int{"organization:goldman-sachs-co-wertpapier-gmbh": 1}},
	} {
		r := run(t, c.text)
		got := map[string]int{}
		for _, e := range r.Entities {
			got[e.Key] = len(e.Mentions)
		}
		for key, n := range c.want {
			if got[key] != n {
				t.Errorf("%q: %s has %d mentions, want %d (%v)", c.text, key, got[key], n, got)
			}
		}
	}
}

// An ordinary word is no name for opening a sentence, when the name
// tagger is unsure of it: in the sample article on a port deal, where the
// document's "Moana Ports" makes the tagger lean to a name, "Port
// projects in the Pacific ..." names no organization "Port".
func TestSentenceOpeningWord(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "articles", "pacific-port-deal.txt"))
	if err != nil {
		t.Skip("no sample article:", err)
	}
	r := run(t, string(data))
	for _, e := range r.Entities {
		if e.Label == "Port" {
			t.Errorf("%s: an ordinary word opening a sentence taken for a name", e.Key)
		}
	}
}

// orientSymmetric alone: a symmetric act of a pair is told the way the
// document first tells an act of theirs.
func TestOrientSymmetric(t *testing.T) {
	ev := func(action, a, b string) Event {
		return Event{Action: action, Agents: []string{a}, Targets: []string{b}}
	}
	events := []Event{
		ev("sign", "country:CHL", "country:PER"),
		ev("meet", "country:PER", "country:CHL"),
		ev("attack", "country:PER", "country:CHL"),
		ev("meet", "country:BOL", "country:PER"),
	}
	orientSymmetric(events)
	var got []string
	for _, e := range events {
		got = append(got, e.Agents[0]+" "+e.Action+" "+e.Targets[0])
	}
	want := []string{"country:CHL sign country:PER", "country:CHL meet country:PER", "country:PER attack country:CHL", "country:BOL meet country:PER"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// lowerWord alone: a word of letters with no capital.
func TestLowerWord(t *testing.T) {
	for w, want := range map[string]bool{"group": true, "Group": false, "al-Qaeda": false, "1990": false, "-": false, "co-operation": true} {
		if got := lowerWord(w); got != want {
			t.Errorf("lowerWord(%q) = %v, want %v", w, got, want)
		}
	}
}

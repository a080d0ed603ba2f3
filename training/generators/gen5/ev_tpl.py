from common import *

ECON_DONORS = ["Japan","Germany","China","the United States","Saudi Arabia","the United Arab Emirates","Qatar","Britain","France","South Korea","the European Union","the World Bank","the African Development Bank","the Asian Development Bank","Kuwait","Norway"]
POOR = ["Kenya","Ethiopia","Pakistan","Bangladesh","Egypt","Tunisia","Ghana","Zimbabwe","Senegal","Jordan","Lebanon","Sri Lanka","Malawi","Zambia","Somalia","Haiti","Ukraine","Moldova","Nepal","Niger","Chad","Mozambique"]
DISASTER = [("Libya","flood victims in Derna"),("Pakistan","families displaced by the floods"),("Morocco","survivors of the earthquake"),("Malawi","communities hit by Cyclone Freddy"),
            ("Bangladesh","Rohingya refugees in Cox's Bazar"),("Somalia","drought-hit communities"),("Sudan","people displaced by the war"),("the Philippines","typhoon survivors"),
            ("Mozambique","cyclone victims"),("Nepal","earthquake survivors"),("Afghanistan","quake victims in Herat"),("Haiti","families hit by the hurricane"),
            ("Myanmar","earthquake survivors in Mandalay"),("Turkey","earthquake survivors in the south"),("Syria","earthquake survivors in the northwest"),("Lebanon","families displaced by the fighting"),
            ("Chad","Sudanese refugees in the east"),("Ukraine","civilians in frontline areas")]
HUM_DONORS = ["the European Union","Japan","Germany","Britain","the United States","Saudi Arabia","Qatar","the United Arab Emirates","Canada","Australia","Norway","South Korea","China","India","Turkey","Kuwait"]
MIL_AID = [("Germany","Ukraine","two more IRIS-T air defence systems"),("the United States","Ukraine","dozens of Bradley fighting vehicles"),("Britain","Ukraine","14 Challenger 2 tanks"),
           ("France","Ukraine","a dozen Caesar howitzers"),("Turkey","the Somali army","armoured personnel carriers"),("the United States","Taiwan","Javelin anti-tank missiles"),
           ("China","Cambodia","two navy patrol vessels"),("India","Sri Lanka","a Dornier maritime surveillance aircraft"),("Russia","Mali's junta","attack helicopters"),
           ("Iran","Russia","hundreds of Shahed drones"),("North Korea","Russia","millions of artillery shells"),("Japan","the Philippines","coastal radar systems"),
           ("the Netherlands","Ukraine","F-16 fighter jets"),("Norway","Ukraine","NASAMS air defence systems"),("Sweden","Ukraine","CV90 infantry fighting vehicles"),
           ("Australia","Papua New Guinea","four Guardian-class patrol boats"),("the United States","the Lebanese army","ammunition and night-vision equipment"),("the United Arab Emirates","Chad","armoured vehicles")]
TROOPS = [("Kenya","Haiti","400 police officers","help fight gangs in Port-au-Prince"),("Rwanda","Mozambique","1,000 soldiers","help fight Islamist insurgents in Cabo Delgado"),
          ("Egypt","Somalia","troops","help secure Mogadishu under a defence pact"),("Burundi","Congo","several battalions","help the army fight M23 rebels"),
          ("Bangladesh","South Sudan","peacekeepers","protect civilians under the U.N. mission"),("Ghana","Lebanon","a new battalion of peacekeepers","serve with the U.N. force in the south"),
          ("Chad","Niger","troops","help secure the border region"),("India","the Maldives","a military helicopter crew","carry out medical evacuations"),
          ("Jamaica","Haiti","soldiers and police officers","join the multinational security mission"),("Nigeria","Guinea-Bissau","a stabilisation force","protect government institutions")]
ASYLUM_GIVERS = ["Germany","France","Lithuania","the United States","Canada","Sweden","Norway","the Netherlands","Poland","Georgia","Mexico","Brazil","Spain","Britain"]
DISSIDENTS = ["a Russian opposition journalist","two Belarusian activists","an Iranian rapper","a Chinese human rights lawyer","a Nicaraguan bishop","a Venezuelan opposition leader",
              "an Eritrean footballer","a Uyghur poet","three Russian deserters","a Cuban dissident","an Afghan women's rights activist","a Turkmen blogger"]
SANCTIONERS = ["The United States","The European Union","Britain","Canada","Japan","Australia","Switzerland","The U.S. Treasury"]
SANCTIONED = ["Iran","Russia","Belarus","North Korea","Myanmar's military junta","Venezuela","Nicaragua","Syria","Eritrea","Sudan's Rapid Support Forces","Mali's junta"]

CUR = {"Japan": "yen", "Britain": "pounds", "the European Union": "euros", "Germany": "euros", "France": "euros", "the Netherlands": "euros", "Italy": "euros", "Spain": "euros"}
def mfor(d):
    import random as _r
    return CUR.get(d, "$")

def pair(r):
    c = ctry(r); d = ctry(r, c)
    return c, d

def dl(r, c=None, ci=None, p=0.45):
    if c is None and ci is None:
        return ""
    return dateline(r, ci or c.cap, p)

# ======================= A. ditransitive and light verbs
@T(7, "ditrans")
def _(r):
    d = r.choice(HUM_DONORS); rec, purp = r.choice(DISASTER)
    verb = r.choice(["gave","handed","provided"])
    if verb == "provided":
        s = f"<s>{cap1(d)}</s> provided <t>{rec}</t> with {money(r, mfor(d))} in humanitarian aid {when(r)} to help {purp}."
    else:
        s = f"<s>{cap1(d)}</s> {verb} <t>{rec}</t> {money(r, mfor(d))} in humanitarian aid {when(r)} to help {purp}."
    return dl(r, None, BY.get(rec.replace('the ',''), COUNTRIES[0]).cap if rec.replace('the ','') in BY else "Geneva") + s, "AID", "", "073"

@T(6, "ditrans")
def _(r):
    d = r.choice(ECON_DONORS); rec = r.choice(POOR)
    what = r.choice(["in budget support", "in grants to cover its budget deficit", "in debt relief", "to shore up its foreign reserves", "in balance-of-payments support"])
    return f"<s>{cap1(d)}</s> gave <t>{rec}</t> {money(r, '$')} {what}, the finance ministry said {when(r)}.", "AID", "", "071"

@T(7, "ditrans")
def _(r):
    d, rec, item = r.choice(MIL_AID)
    verb = r.choice(["gave","sent","delivered","handed over"])
    if verb == "handed over":
        s = f"<s>{cap1(d)}</s> handed over {item} to <t>{rec}</t> {when(r)}, defence officials said."
    else:
        s = f"<s>{cap1(d)}</s> {verb} <t>{rec}</t> {item} {when(r)}, defence officials said."
    return s, "AID", "", "072"

@T(6, "ditrans")
def _(r):
    d = r.choice(HUM_DONORS); rec, purp = r.choice(DISASTER)
    what = r.choice(["tents, blankets and medicine", "food parcels and drinking water", "emergency shelter kits", "medical supplies and two field hospitals", "water purification units"])
    return f"<s>{cap1(d)}</s> provided <t>{rec}</t> with {what} {when(r)} for {purp}, {r.choice(['its embassy said','the aid agency said','officials said'])}.", "AID", "", "073"

@T(6, "ditrans")
def _(r):
    d = r.choice(["The World Bank","The IMF","The African Development Bank","The Asian Development Bank","Japan","China","The Islamic Development Bank"]); rec = r.choice(POOR)
    verb = r.choice(["granted","approved","extended","disbursed"])
    loan = r.choice(["loan","concessional loan","credit line","bridge loan"])
    if verb in ("approved", "disbursed"):
        s = f"<s>{d}</s> {verb} {an(money(r, '$'))} {loan} to <t>{rec}</t> {when(r)} to support {r.choice(['its budget','road construction','power projects','small businesses','drought recovery'])}."
    else:
        s = f"<s>{d}</s> {verb} <t>{rec}</t> {an(money(r, '$'))} {loan} {when(r)} to support {r.choice(['its budget','road construction','power projects','small businesses','drought recovery'])}."
    return s, "AID", "", "071"

@T(7, "ditrans")
def _(r):
    g = r.choice(ASYLUM_GIVERS); dis = r.choice(DISSIDENTS)
    if r.random() < 0.5:
        s = f"<s>{cap1(g)}</s> granted <t>{dis}</t> asylum {when(r)}, {r.choice(['lawyers said','a rights group said','the interior ministry confirmed'])}."
    else:
        s = f"<s>{cap1(g)}</s> granted asylum to <t>{dis}</t> who had fled {r.choice(['after being charged with treason','to avoid arrest','after months in hiding','following a prison sentence in absentia'])}."
    return s, "AID", "", "075"

@T(6, "ditrans")
def _(r):
    d = r.choice(HUM_DONORS + ["The World Food Programme"]); rec, purp = r.choice(DISASTER)
    return f"<s>{cap1(d)}</s> sent <t>{rec}</t> {r.randint(2,40)*100:,} tonnes of {r.choice(['wheat','rice','food aid','flour'])} {when(r)} for {purp}.", "AID", "", "073"

@T(7, "ditrans")
def _(r):
    d, rec, n, purp = r.choice(TROOPS)
    verb = r.choice(["sent","deployed","dispatched"])
    return f"{dl(r)}<s>{d}</s> {verb} {n} to <t>{rec}</t> {when(r)} to {purp}.", "AID", "", "074"

@T(6, "ditrans")
def _(r):
    d = r.choice(["India","China","the United States","Japan","the European Union","Britain","France","Russia"]); rec = r.choice(POOR + ["Bolivia","Cambodia","Laos","Fiji"])
    return f"<s>{cap1(d)}</s> donated {r.choice(['500,000','one million','two million','300,000'])} {r.choice(['vaccine doses','doses of cholera vaccine','malaria vaccine doses','measles vaccines'])} to <t>{rec}</t> {when(r)}.", "AID", "", "073"

@T(7, "promise")
def _(r):
    d = r.choice(HUM_DONORS); rec, purp = r.choice(DISASTER)
    verb = r.choice(["will give","would give","is to give","will provide"])
    return f"<s>{cap1(d)}</s> {verb} <t>{rec}</t> {money(r, mfor(d))} to help {purp}, {r.choice(['its foreign minister said','the government announced','officials said'])} {when(r)}.", "AGREE", "", "0333"

@T(6, "promise")
def _(r):
    d = r.choice(ECON_DONORS); rec = r.choice(POOR)
    verb = r.choice(["pledged","promised","offered"])
    return f"<s>{cap1(d)}</s> {verb} <t>{rec}</t> {money(r, '$')} in {r.choice(['reconstruction aid','budget support','development financing','concessional loans'])} at a donor conference in {r.choice(['Paris','Geneva','London','Brussels','Tokyo'])} {when(r)}.", "AGREE", "", "0331"

@T(6, "promise")
def _(r):
    d, rec, item = r.choice(MIL_AID)
    verb = r.choice(["promised to send","pledged to deliver","said it would give","will supply"])
    return f"<s>{cap1(d)}</s> {verb} <t>{rec}</t> {item} {r.choice(['by the end of the year','within weeks','next spring','before winter'])}.", "AGREE", "", "0332"

@T(7, "talks")
def _(r):
    c = ctry_min(r); d = ctry_min(r, c)
    src = r.choice([c.The, f"{c.poss} foreign minister", f"{c.adj} officials", f"{lead(c)}"])
    tgt = r.choice([d.the, f"{d.poss} foreign minister", f"{d.adj} officials", f"{lead(d)}"])
    topic = r.choice(["trade and investment","energy security","migration","the war in Sudan","border security","climate finance","visa rules"])
    return f"{dl(r, c)}<s>{cap1(src)}</s> held talks with <t>{tgt}</t> in {c.cap} {when(r)} on {topic}.", "CONSULT", "", "046"

@T(6, "talks")
def _(r):
    c, d = pair(r)
    verb = r.choice(["had a phone call with","spoke by phone with","held a telephone conversation with","talked by phone with"])
    return f"<s>{cap1(lead(c))}</s> {verb} <t>{lead(d)}</t> {when(r)} about {r.choice(['the crisis in the Middle East','bilateral trade','energy supplies','the upcoming summit'])}, {r.choice(['his office said','the two governments said','a readout said'])}.", "CONSULT", "phone", "041"

@T(6, "talks")
def _(r):
    c, d = pair(r)
    if r.random() < 0.5:
        return f"<s>{cap1(lead(c))}</s> paid {r.choice(['an official visit','a two-day visit','a state visit','a surprise visit'])} to <t>{d.the}</t> {when(r)}, the first by {an(c.adj)} leader in {r.choice(['a decade','15 years','two decades','years'])}.", "CONSULT", "visit", "042"
    c = ctry_min(r); d = ctry(r, c)
    src = r.choice([f"{c.poss} foreign minister", f"{c.poss} defence minister", f"{c.poss} trade minister"])
    return f"<s>{cap1(src)}</s> paid {r.choice(['an official visit','a two-day visit','a surprise visit'])} to <t>{d.the}</t> {when(r)} to discuss {r.choice(['arms purchases','a new trade corridor','energy cooperation','visa rules'])}.", "CONSULT", "visit", "042"

@T(6, "talks")
def _(r):
    c, d = pair(r)
    return f"{dl(r, c)}<s>{cap1(lead(c))}</s> hosted <t>{lead(d)}</t> for talks in {c.cap} {when(r)}, the two sides said in a joint statement.", "CONSULT", "visit", "043"

@T(7, "deal")
def _(r):
    c, d = pair(r)
    verb = r.choice(["reached a deal with","agreed upon a pact with","signed off on an accord with","struck an agreement with","sealed a deal with","clinched an agreement with","finalised a deal with"])
    topic = r.choice(["on fishing rights","on gas supplies","to cut tariffs on farm goods","on the return of migrants","on a visa-waiver scheme","on sharing river water","on cross-border electricity trade"])
    return f"{dl(r, c)}<s>{c.The}</s> {verb} <t>{d.the}</t> {topic} {when(r)}, ending {r.choice(['months of negotiations','a long-running dispute','two years of talks'])}.", "SUPPORT", "", "057"

@T(6, "deal")
def _(r):
    c, d = pair(r)
    verb = r.choice(["have agreed upon","signed","concluded","have signed","finalised"])
    pact = r.choice(["a new free-trade pact","a defence cooperation agreement","an extradition treaty","a memorandum of understanding on energy","a double taxation agreement","a comprehensive strategic partnership agreement"])
    return f"<s>{c.The}</s> and <t>{d.the}</t> {verb} {pact}, {r.choice(['officials said','the trade ministry said','according to a joint statement','state media reported'])} {when(r)}.", "SUPPORT", "", "057"

@T(5, "deal")
def _(r):
    c = BY[r.choice(["Zambia","Ghana","Sri Lanka","Ethiopia","Pakistan","Egypt","Tunisia","Kenya"]) if False else r.choice(["Ghana","Pakistan","Egypt","Tunisia","Kenya","Ethiopia"])]
    amt = r.choice(["1.3","2.3","3","4.8","7","1.1"])
    if r.random() < 0.4:
        return f"{dl(r, c)}<s>{c.The}</s> reached a staff-level agreement with <t>the International Monetary Fund</t> {when(r)} on a ${amt} billion loan programme, the finance ministry said.", "SUPPORT", "", "057"
    cred = r.choice(["its bondholders","its bilateral creditors","the Paris Club","China's Export-Import Bank"])
    return f"{dl(r, c)}<s>{c.The}</s> reached a deal with <t>{cred}</t> {when(r)} to restructure about ${amt} billion of debt, the finance ministry said.", "SUPPORT", "", "057"

@T(6, "ditrans")
def _(r):
    c = ctry(r); p = person(r, c)
    src = r.choice(["The ruling party","The main opposition alliance","The country's largest trade union","The influential farmers' federation","The outgoing president"])
    return f"<s>{src}</s> gave <t>{p}</t> {r.choice(['full backing','a public endorsement','formal support'])} {when(r)} in the race for {r.choice(['the presidency','mayor of the capital','party leader','governor'])}.".replace("The outgoing president</s> gave", "The outgoing president</s> gave").replace("its full backing", "its full backing"), "SUPPORT", "", "051"

@T(6, "ditrans")
def _(r):
    bloc = r.choice(["The ECOWAS bloc","The African Union","The regional bloc","The army chief","The opposition coalition","The striking unions"])
    tgt = r.choice(["the coup leaders","the junta","the government","the transitional authorities","the interior minister"])
    dem = r.choice(["to restore constitutional order","to release the detained president","to reverse the fuel price rise","to hold elections within six months","to reinstate the sacked judges"])
    return f"<s>{bloc}</s> gave <t>{tgt}</t> {r.choice(['a 48-hour ultimatum','a one-week ultimatum','a seven-day deadline','an ultimatum'])} {dem}.", "THREATEN", "relations", "139"

@T(5, "ditrans")
def _(r):
    a, b = adv(r)
    return f"<s>{a}{ps(a)} foreign ministry</s> gave <t>the {ADJ[b]} ambassador</t> a stern warning {when(r)} against {r.choice(['interfering in the election','meeting opposition leaders','any further incursions','meddling in internal affairs'])}.", "THREATEN", "", "130"

@T(6, "ditrans")
def _(r):
    rec, purp = r.choice(DISASTER)
    src = r.choice([f"{rec}'s government" if not rec.startswith("the ") else f"{rec[4:]}'s government", "The U.N. humanitarian chief", "The World Food Programme", "The Red Cross"])
    tgt = r.choice(["donor countries","the international community","Gulf states","the European Union","wealthy nations"])
    return f"<s>{cap1(src)}</s> made an urgent appeal to <t>{tgt}</t> {when(r)} for {money(r,'$')} to help {purp}.", "REQUEST", "assist", "0233"

@T(6, "ditrans")
def _(r):
    a, b = adv(r)
    what = r.choice(["the detention of two of its nationals","the treatment of migrants at the border","an incursion by a military aircraft","comments by its ambassador","the seizure of a fishing boat"])
    verb = r.choice(["lodged a formal protest with","sent a letter of protest to","filed an official complaint with"])
    return f"<s>{cap1(a)}</s> {verb} <t>{b}</t> {when(r)} over {what}.", "ACCUSE", "allege", "114"

@T(6, "ditrans")
def _(r):
    c, d = pair(r)
    return f"<s>{c.The}</s> offered <t>{d.the}</t> talks on {r.choice(['visa rules','a new trade agreement','the fishing dispute','the return of looted artefacts'])} {when(r)}, proposing a first round in {r.choice(['Geneva','Doha','Vienna','Istanbul','Nairobi'])} next month.", "AGREE", "", "036"

@T(5, "ditrans")
def _(r):
    c = ctry(r); p = person(r, c)
    who = r.choice(["a retired nurse","a former goalkeeper","a veteran aid worker","a firefighter","a schoolteacher"])
    return f"<s>{cap1(lead(c))}</s> awarded <t>{p}</t>, {who}, the country's highest civilian honour {when(r)}, {r.choice(['for decades of public service','for bravery during the floods','for work with refugees','in recognition of a lifetime of service'])}.", "SUPPORT", "", "051"

@T(6, "ditrans")
def _(r):
    src, tgt, acc, code = r.choice([("Israel","the United Nations","access to northern Gaza for aid convoys","0863"),("Iran","U.N. nuclear inspectors","access to the Fordow site","0862"),
                                    ("The Sudanese army","the World Food Programme","access to Darfur through the Adre crossing","0863"),("Syria","OPCW inspectors","access to two suspected weapons sites","0862"),
                                    ("The Taliban","female U.N. staff","permission to return to work in three provinces","0863"),("Myanmar's junta","ASEAN envoys","access to the detained former leader","086"),
                                    ("Russia","the International Committee of the Red Cross","access to prisoners of war","086"),("The Houthis","U.N. inspectors","access to the port of Hodeidah","0862")])
    return f"<s>{src}</s> granted <t>{tgt}</t> {acc} {when(r)}, {r.choice(['U.N. officials said','diplomats said','the agency said'])}.", "RETREAT", "access", code

@T(6, "ditrans")
def _(r):
    c, d = pair(r)
    src = r.choice([f"{c.adj} police", f"{c.poss} interior ministry", f"{c.adj} authorities"])
    sus = r.choice(["a suspected drug trafficker","a fugitive banker","a man wanted for murder","a suspected people smuggler","two suspects in a bank fraud"])
    return f"<s>{cap1(src)}</s> handed {sus} over to <t>{d.adj} authorities</t> {when(r)} under an extradition request.", "COOPERATE", "", "063"

@T(5, "ditrans")
def _(r):
    c, d = pair(r)
    return f"<s>{c.Poss} intelligence service</s> gave <t>{d.adj} investigators</t> {r.choice(['the names of the suspected plotters','phone records linked to the attack','evidence about the smuggling network','details of the hackers'])} {when(r)}, officials said.", "COOPERATE", "", "064"

# ======================= B. coordinated subjects and targets
@T(6, "coord")
def _(r):
    c, d = pair(r); e = ctry(r, c, d)
    return f"{dl(r, e)}<s>{c.adj} officials</s> and <t>{d.adj} negotiators</t> held talks in {e.cap} {when(r)} on {r.choice(['restoring direct flights','a long-stalled trade deal','visa rules','energy cooperation'])}.", "CONSULT", "third-party", "044"

@T(6, "coord")
def _(r):
    c, d = pair(r)
    verb = r.choice(["agreed to resume direct flights","agreed to boost trade to $10 billion a year","agreed to cut tariffs on each other's goods","agreed to set up a joint investment fund"])
    return f"<s>{c.The}</s> and <t>{d.the}</t> {verb} {when(r)} after talks between their foreign ministers.", "AGREE", "", "0311"

@T(5, "coord")
def _(r):
    a, b = r.choice([("Saudi Arabia","Iran"),("Qatar","Bahrain"),("Ecuador","Mexico"),("Tunisia","Syria"),("Colombia","Venezuela"),("Turkey","Egypt"),("Israel","Turkey"),("Iran","Egypt"),("Rwanda","Burundi"),("Morocco","Iran"),("the United Arab Emirates","Qatar")])
    if r.random() < 0.5: a, b = b, a
    return f"<s>{cap1(a)}</s> and <t>{b}</t> agreed to restore diplomatic relations {when(r)} and to reopen their embassies within {r.choice(['two months','90 days','six weeks'])}.", "AGREE", "", "032"

@T(6, "coord")
def _(r):
    a, b, fire, mode, code = r.choice([("Indian","Pakistani","exchanged gunfire","firearms","193"),("Armenian","Azerbaijani","exchanged fire","firearms","193"),
                                   ("Kyrgyz","Tajik","exchanged gunfire","firearms","193"),("Thai","Cambodian","exchanged artillery fire","heavy-weapons","194"),
                                   ("Afghan Taliban","Pakistani","exchanged fire","firearms","193"),("Eritrean","Ethiopian","exchanged artillery fire","heavy-weapons","194")])
    unit = r.choice(["troops","border guards","forces"])
    return f"<s>{a} {unit}</s> and <t>{b} {unit}</t> {fire} {r.choice(['along the border','near a disputed crossing','for several hours'])} {when(r)}, {r.choice(['officials said','both sides said','local media reported'])}.", "ASSAULT", mode, code

@T(5, "coord")
def _(r):
    a, b = r.choice([("Russia","Ukraine"),("Ukraine","Russia"),("Armenia","Azerbaijan"),("the Houthis","the Yemeni government"),("Israel","Hamas")])
    return f"<s>{cap1(a)}</s> and <t>{b}</t> swapped {r.randint(40,200)} prisoners each {when(r)} in an exchange brokered by {r.choice(['the United Arab Emirates','Qatar','the Red Cross','Turkey','Saudi Arabia'])}.", "RETREAT", "release", "0841"

@T(6, "coord")
def _(r):
    a, b = r.choice([("Russia","China"),("the United States","the Philippines"),("India","France"),("Japan","Australia"),("Egypt","Saudi Arabia"),("Indonesia","the United States"),("Iran","Russia"),("South Korea","the United States")])
    return f"<s>{cap1(a)}</s> and <t>{b}</t> held joint {r.choice(['naval drills','air force exercises','counter-terrorism exercises','amphibious landing drills'])} {when(r)}, {r.choice(['the defence ministry said','state media reported','military officials said'])}.", "COOPERATE", "", "062"

@T(7, "coord")
def _(r):
    s = r.choice(SANCTIONERS); a, b = r.sample(SANCTIONED, 2)
    if r.random() < 0.5:
        t = f"on <t>{a}</t> and {b}"
    else:
        t = f"on {a} and <t>{b}</t>"
    return f"<s>{s}</s> imposed new sanctions {t} {when(r)}, targeting {r.choice(['drone makers','shipping firms','senior officials','banks','arms suppliers'])}.", "COERCE", "restrict", "163"

@T(6, "coord")
def _(r):
    c = ctry(r); a, b = r.sample([x for x in COUNTRIES if x is not c], 2)
    t = f"<t>{a.adj} diplomats</t> and {b.adj} diplomats" if r.random() < 0.5 else f"{a.adj} and <t>{b.adj} diplomats</t>"
    return f"<s>{c.The}</s> expelled {t} {when(r)}, accusing them of {r.choice(['espionage','activities incompatible with their status','interfering in internal affairs'])}.", "SANCTION", "expel", "161"

@T(6, "coord")
def _(r):
    c = ctry(r); a, b, e = r.sample([x for x in COUNTRIES if x is not c], 3)
    return f"<s>{cap1(lead(c))}</s> met the leaders of {a.the}, <t>{b.the}</t> and {e.the} in {c.cap} {when(r)} to discuss {r.choice(['regional security','trade','energy prices','migration','climate finance'])}.", "CONSULT", "multilateral", "040"

@T(6, "coord")
def _(r):
    a, b = r.sample(["Britain","France","Germany","Canada","Australia","Japan","the Netherlands","Sweden"], 2)
    tgt = r.choice(["Russia","Iran","North Korea","Belarus","the Taliban","Myanmar's junta"])
    first = r.random() < 0.5
    src = f"<s>{cap1(a)}</s> and {b}" if first else f"{cap1(a)} and <s>{b}</s>"
    return f"{src} jointly condemned <t>{tgt}</t> {when(r)} over {r.choice(['its treatment of political prisoners','the latest missile test','attacks on civilian infrastructure','the crackdown on women'])}.", "ACCUSE", "disapprove", "111"

@T(5, "coord")
def _(r):
    a, b = r.sample(["Japan","South Korea","Germany","the European Union","Britain","Canada","Norway","Saudi Arabia"], 2)
    rec, purp = r.choice(DISASTER)
    first = r.random() < 0.5
    src = f"<s>{cap1(a)}</s> and {b}" if first else f"{cap1(a)} and <s>{b}</s>"
    return f"{src} each gave <t>{rec}</t> {money(r, '$')} {when(r)} to help {purp}.", "AID", "", "073"

@T(5, "coord")
def _(r):
    c = r.choice(["Sweden","Germany","The Netherlands","Denmark","Britain","The United States","The European Union","France","Switzerland"]); a, b = r.sample(["Mali","Burkina Faso","Niger","Uganda","Guinea","Nicaragua","Myanmar","Gabon"], 2)
    return f"<s>{c}</s> suspended {r.choice(['development aid','budget support','military assistance'])} to {a} and <t>{b}</t> {when(r)} after {r.choice(['the coups','the disputed elections','reports of abuses'])}.".replace("military assistance to", "military assistance to"), "SANCTION", "discontinue", "1621"

@T(5, "coord")
def _(r):
    a, b = adv(r); e = ctry_min(r)
    while e.name in (a, b): e = ctry_min(r)
    return f"<s>{e.Poss} foreign minister</s> urged {a} and <t>{b}</t> {when(r)} to {r.choice(['resume talks on their border dispute','show restraint','return to the negotiating table'])}.".replace("show restraint", "show restraint"), "REQUEST", "meet", "026"

# ======================= C. events aimed at an action whose agent is named
@T(7, "aimed")
def _(r):
    src, tgt, act = r.choice([("South Korea","North Korea","missile launch"),("Japan","North Korea","ballistic missile test"),("The European Union","Iran","execution of a protester"),
                              ("Poland","Belarus","detention of a Polish journalist"),("The Philippines","China","use of water cannon against its supply boat"),("Taiwan","China","military drills around the island"),
                              ("Ukraine","Russia","strike on a children's hospital"),("Egypt","Israel","seizure of the Rafah crossing"),("Armenia","Azerbaijan","blockade of the Lachin corridor"),
                              ("India","Pakistan","shelling across the Line of Control"),("Somalia","Ethiopia","port deal with Somaliland"),("Guyana","Venezuela","referendum on the Essequibo region")])
    verb = r.choice(["condemned","denounced","strongly criticised","protested against"])
    code = "111"
    return f"{dl(r)}<s>{src}</s> {verb} <t>{tgt}</t>{ps(tgt)} {act} {when(r)}, calling it {r.choice(['a grave provocation','a violation of international law','unacceptable','a threat to regional peace'])}.", "ACCUSE", "disapprove", code

@T(7, "aimed")
def _(r):
    src = r.choice(["France","Germany","Britain","The United States","The European Union","Reporters Without Borders","The Committee to Protect Journalists","Canada","Italy"])
    who = r.choice(["a French journalist","an aid worker","a British-Iranian academic","a Swedish tourist","a film director","two foreign reporters","a women's rights activist"])
    auth = r.choice(["Iranian authorities","the Russian security service","Belarusian police","Venezuelan intelligence agents","the Taliban","Chinese state security officers","the Nicaraguan police"])
    return f"<s>{src}</s> condemned the arrest of {who} by <t>{auth}</t> {when(r)}, demanding consular access.", "ACCUSE", "disapprove", "111"

@T(6, "aimed")
def _(r):
    src = r.choice(["The U.N. human rights chief","Amnesty International","Human Rights Watch","The European Union","The United States","The African Union commission chairman"])
    vic = r.choice(["protesters","a student leader","three farmers","a teenage boy","civilians at a market"])
    perp = r.choice(["soldiers","security forces","police","border guards"])
    place = r.choice(["Kenya","Bangladesh","Iran","Myanmar","Mozambique","Guinea","Peru","Togo"])
    return f"<s>{src}</s> denounced the killing of {vic} by <t>{perp} in {place}</t> {when(r)} and called for an independent inquiry.", "ACCUSE", "disapprove", "111"

@T(7, "aimed")
def _(r):
    src = r.choice(["The United States","France","The European Union","Britain","Germany","The U.N. secretary-general","Sweden","Canada"])
    tgt, who, code = r.choice([("Iran","a detained French couple","1053"),("Russia","an American journalist","1053"),("the Taliban","a detained British couple","1053"),
                               ("Belarus","jailed opposition leaders","1053"),("Venezuela","detained foreign nationals","1053"),("Hamas","all remaining hostages","1053"),
                               ("the junta in Niger","the ousted president","1053"),("Azerbaijan","Armenian detainees","1053")])
    verb = r.choice(["demanded that","insisted that","called for"])
    if verb == "called for":
        return f"<s>{src}</s> called on <t>{tgt}</t> to release {who} {when(r)}, saying they were being held on baseless charges.", "REQUEST", "yield", "0253"
    return f"<s>{src}</s> {verb} <t>{tgt}</t> release {who} {r.choice(['immediately','without delay','unconditionally'])}, {r.choice(['a spokesperson said','officials said','in a statement'])} {when(r)}.", "REQUEST", "yield", code

@T(6, "aimed")
def _(r):
    src = r.choice(["The U.N. secretary-general","Pope Francis","The African Union","The Arab League","The European Union","Qatar","Egypt","The United States"])
    tgt = r.choice(["Israel","Russia","the Sudanese army","the RSF","Ethiopia","the Myanmar military","M23 rebels","the Houthis"])
    ask, code = r.choice([("to agree to an immediate ceasefire","0256"),("to halt the offensive","0256"),("to stop attacks on civilians","0256"),("to pull back its forces","0256")])
    verb = r.choice(["urged","called on","appealed to"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {ask} {when(r)}.".replace("<t>the RSF</t> to halt its", "<t>the RSF</t> to halt its"), "REQUEST", "yield", code

@T(6, "aimed")
def _(r):
    src = r.choice(["The U.N. humanitarian chief","The World Food Programme","The European Union","Jordan","The Red Cross","Egypt"])
    tgt, place = r.choice([("Israel","Gaza"),("the Sudanese army","Darfur"),("the RSF","El Fasher"),("the Myanmar junta","Rakhine State"),("Ethiopia","Tigray"),("the Houthis","Taiz")])
    return f"<s>{src}</s> called on <t>{tgt}</t> to allow aid into {place} {when(r)}, warning that {r.choice(['famine was imminent','hospitals were running out of fuel','thousands faced starvation'])}.", "REQUEST", "yield", "0255"

@T(7, "aimed")
def _(r):
    src = r.choice(["The United States","The European Union","The U.N. secretary-general","The African Union","Britain","The International Monetary Fund","China","India"])
    tgt, what = r.choice([("Norway","decision to recognise a Palestinian state"),("Ethiopia","peace deal with Tigray's leaders"),("Sri Lanka","debt restructuring progress"),
                          ("Kenya","offer to lead a security mission in Haiti"),("Armenia","decision to join the International Criminal Court"),("Sierra Leone","abolition of the death penalty"),
                          ("Colombia","ceasefire with the ELN"),("Saudi Arabia","mediation between Russia and Ukraine"),("Ghana","handling of its debt crisis"),("Japan","pledge to double defence spending")])
    verb = r.choice(["welcomed","praised","hailed","applauded"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t>{ps(tgt)} {what} {when(r)}.", "SUPPORT", "", "051"

@T(6, "aimed")
def _(r):
    src, tgt, prop, mode, code = r.choice([("Russia","Ukraine","peace plan","meet","127"),("Israel","Hamas","ceasefire proposal","meet","127"),("The junta","ECOWAS","plan for a swift transition","meet","127"),
                                           ("Ukraine","Russia","offer of a Christmas truce","meet","127"),("The government","the unions","demand for a 20 percent pay rise","change","1232"),
                                           ("The president","the opposition","call for early elections","change","1231"),("Iran","the IAEA","request for more inspections","yield","1245"),
                                           ("The Taliban","the U.N.","demand to reopen girls' schools","change","1233")])
    verb = r.choice(["rejected","dismissed","turned down"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t>{ps(tgt)} {prop} {when(r)}, {r.choice(['calling it unrealistic','saying it was a non-starter','calling it a ploy','saying the conditions were unacceptable'])}.", "REJECT", mode, code

@T(6, "aimed")
def _(r):
    src = r.choice(["Hungary","Turkey","Serbia","China","Russia","Belarus","Qatar","Pakistan"])
    tgt, what = r.choice([("Russia","right to protect its security interests"),("Israel","right to defend itself"),("Azerbaijan","military operation"),("Iran","nuclear programme"),
                          ("North Korea","missile programme"),("the Taliban","government"),("Venezuela","election result"),("Myanmar's junta","handling of the crisis")])
    return f"<s>{src}</s> defended <t>{tgt}</t>{ps(tgt)} {what} at the United Nations {when(r)}.".replace("Hungary</s> defended", "Hungary</s> defended"), "SUPPORT", "", "052"

@T(6, "aimed")
def _(r):
    src = r.choice(["The anti-corruption commission","The public prosecutor's office","The parliamentary ethics committee","The auditor general","The competition authority"])
    tgt = r.choice(["the state oil company","the health ministry","the central bank","the national lottery","the electoral commission","the port authority"])
    what = r.choice(["handling of fuel import contracts","purchase of COVID-19 test kits","awarding of tenders","spending on a new headquarters"])
    return f"<s>{src}</s> opened an investigation into <t>{tgt}</t>{ps(tgt)} {what} {when(r)}.", "ACCUSE", "investigate", "091"

@T(6, "aimed")
def _(r):
    src = r.choice(["The opposition","Rights groups","Press freedom groups","The main journalists' union","The bar association","Teachers' unions"])
    tgt, what = r.choice([("the communications regulator","decision to suspend two television channels"),("the interior ministry","ban on public gatherings"),("the ruling party","plan to extend presidential term limits"),
                          ("the government","new restrictions on social media"),("the president","move to dissolve the electoral commission"),("the police","use of facial recognition cameras at rallies")])
    return f"<s>{src}</s> criticised <t>{tgt}</t>{ps(tgt)} {what} {when(r)}, calling it {r.choice(['unconstitutional','an attack on democracy','a step backwards'])}.", "ACCUSE", "disapprove", "111"

# ======================= D. instruments never actors; named units and ships
UKR = ["Kharkiv","Odesa","Dnipro","Zaporizhzhia","Kyiv","Sumy","Kherson","Lviv","Kryvyi Rih","Mykolaiv","Chernihiv","Poltava"]
@T(8, "instr")
def _(r):
    src = r.choice(["Russian forces","Russia","The Russian military","Russian troops"])
    tgt = r.choice(UKR); n = r.choice(["a barrage of","several","dozens of","two","three","at least 10"])
    w = r.choice(["missiles","ballistic missiles","cruise missiles","rockets"])
    return f"{dateline(r, tgt, 0.5)}<s>{src}</s> fired {n} {w} at <t>{tgt}</t> {when(r)}, {r.choice(['damaging apartment blocks','hitting energy facilities','killing at least four people','wounding dozens'])}, {r.choice(['the regional governor said','officials said','emergency services said'])}.", "ASSAULT", "heavy-weapons", "194"

@T(7, "instr")
def _(r):
    src = r.choice(["Russian forces","Russia","Russian troops"])
    tgt = r.choice(UKR)
    return f"<s>{src}</s> launched {r.choice(['more than 100','dozens of','about 40','waves of'])} {r.choice(['Shahed drones','attack drones','explosive-laden drones'])} at <t>{tgt}</t> {when(r)}, {r.choice(['the Ukrainian air force said','local officials said','the mayor said'])}.", "ASSAULT", "drone", "195"

@T(6, "instr")
def _(r):
    src = r.choice(["Ukrainian forces","Ukraine","The Ukrainian military"])
    tgt = r.choice(["an oil refinery in Russia's Ryazan region","a military airfield in Crimea","an ammunition depot in Russia's Bryansk region","Russian positions near Pokrovsk","a fuel depot in Russia's Rostov region"])
    w, mode, code = r.choice([("drones","drone","195"),("long-range drones","drone","195"),("HIMARS rockets","heavy-weapons","194"),("ATACMS missiles","heavy-weapons","194")])
    return f"<s>{src}</s> {r.choice(['attacked','struck','hit'])} <t>{tgt}</t> with {w} {when(r)}, {r.choice(['the general staff said','a Ukrainian security source said','Russian officials acknowledged'])}.", "ASSAULT", mode, code

@T(7, "instr")
def _(r):
    src = r.choice(["The Black Sea Fleet","A Russian submarine in the Black Sea","Russian warships in the Black Sea","The Russian navy"])
    tgt = r.choice(["Odesa","Mykolaiv","the port of Izmail","Ukraine's southern ports","Odesa's grain terminals"])
    verb = r.choice(["shelled","fired Kalibr cruise missiles at","launched cruise missiles at","struck"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, {r.choice(['Ukraine’s southern military command said','the regional governor said','officials said'])}.", "ASSAULT", "heavy-weapons", "194"

@T(6, "instr")
def _(r):
    src = r.choice(["The Houthis","Houthi forces","Yemen's Houthi militia"])
    tgt = r.choice(["a Liberian-flagged tanker","a Greek-owned bulk carrier","a container ship in the Red Sea","a British oil tanker","a U.S. destroyer in the Red Sea"])
    w, mode, code = r.choice([("anti-ship missiles","heavy-weapons","194"),("a ballistic missile","heavy-weapons","194"),("drones","drone","195"),("an explosive-laden drone boat","drone","195")])
    return f"{dateline(r, 'Sanaa', 0.4)}<s>{src}</s> fired {w} at <t>{tgt}</t> {when(r)}, {r.choice(['the UKMTO agency said','the U.S. military said','a maritime security firm said'])}.", "ASSAULT", mode, code

@T(6, "instr")
def _(r):
    src = r.choice(["Israeli aircraft","Israeli warplanes","The Israeli air force","Israel"])
    tgt = r.choice(["Gaza City","Khan Younis","Rafah","southern Lebanon","Beirut's southern suburbs","Hezbollah positions in the Bekaa Valley","the Nuseirat refugee camp"])
    return f"<s>{src}</s> {r.choice(['struck','bombed','carried out air strikes on','pounded'])} <t>{tgt}</t> {when(r)}, {r.choice(['killing at least 12 people','local health officials said','witnesses said','flattening several buildings'])}.", "ASSAULT", "aerial", "195"

@T(6, "instr")
def _(r):
    src = r.choice(["The Rapid Support Forces","RSF fighters","The paramilitary RSF"])
    tgt = r.choice(["El Fasher","the Zamzam displacement camp","army positions in Omdurman","Port Sudan","the city of El Obeid"])
    w, mode, code = r.choice([("shelled","heavy-weapons","194"),("launched drones at","drone","195"),("fired artillery at","heavy-weapons","194")])
    return f"{dateline(r, 'Khartoum', 0.3)}<s>{src}</s> {w} <t>{tgt}</t> {when(r)}, {r.choice(['killing at least 20 civilians','a local resistance committee said','according to medics'])}.", "ASSAULT", mode, code

@T(6, "instr")
def _(r):
    src, tgt = r.choice([("Myanmar's military","a village in Sagaing region"),("The Myanmar junta","a monastery in Rakhine State"),("Myanmar military jets","a market in Shan State"),
                         ("The Sudanese army's warplanes","RSF positions in Khartoum North"),("Pakistani jets","suspected militant hideouts in Afghanistan's Khost province"),
                         ("Nigerian air force jets","bandit camps in Zamfara State"),("Myanmar's air force","a rebel-held town in Kachin State"),("Sudanese military aircraft","a market in Nyala")])
    return f"<s>{src}</s> bombed <t>{tgt}</t> {when(r)}, {r.choice(['residents said','a local official said','according to witnesses','rights groups said'])}.", "ASSAULT", "aerial", "195"

@T(6, "instr")
def _(r):
    src = r.choice(["The Wagner Group","Fighters of the Azov Brigade","The 3rd Assault Brigade","The Israeli army's Golani Brigade","Al Shabaab's Jabha unit","The Islamic State's West Africa Province"])
    tgt_map = {"The Wagner Group": "villagers in central Mali", "Fighters of the Azov Brigade": "Russian positions near Toretsk", "The 3rd Assault Brigade": "Russian troops near Bakhmut",
               "The Israeli army's Golani Brigade": "Hezbollah fighters in the village of Khiam", "Al Shabaab's Jabha unit": "an African Union base near Mogadishu",
               "The Islamic State's West Africa Province": "a military base in Borno State"}
    return f"<s>{src}</s> attacked <t>{tgt_map[src]}</t> {when(r)}, {r.choice(['officials said','according to a military statement','local sources said'])}.", "ASSAULT", "", "190"

@T(5, "instr")
def _(r):
    return f"<s>{r.choice(['The destroyer USS Carney','The USS Mason','U.S. warships in the Red Sea','A British frigate'])}</s> fired missiles at <t>{r.choice(['Houthi radar sites','Houthi missile launchers near Hodeidah','Houthi drone storage facilities'])}</t> {when(r)}, the Pentagon said.", "ASSAULT", "heavy-weapons", "194"

@T(6, "instr")
def _(r):
    perp = r.choice(["Al Shabaab fighters","Suspected Boko Haram militants","Islamic State militants","Suspected ADF rebels","Jihadist fighters"])
    tgt = r.choice(["a police station","an army convoy","a hotel in Mogadishu","a camp for displaced people","a checkpoint manned by soldiers"])
    w, mode, code = r.choice([("a car bomb","explosives","1832"),("a roadside bomb","explosives","1833"),("mortars","firearms","193"),("rocket-propelled grenades","firearms","193")])
    return f"<s>{perp}</s> attacked <t>{tgt}</t> with {w} {when(r)}, killing {wn(r,1,10)} people, {r.choice(['police said','officials said','a military source said'])}.", "ASSAULT", mode, code

# ======================= E. agentive nominal events with arguments
@T(6, "nominal")
def _(r):
    src, tgt = r.choice([("Israel","Gaza"),("Israel","southern Lebanon"),("Russia","Ukrainian cities"),("Pakistan","Afghanistan's Paktika province"),("the Saudi-led coalition","Sanaa"),("Turkey","Kurdish militants in northern Iraq")])
    return f"<s>{cap1(src)}</s>{ps(src)} air strikes on <t>{tgt}</t> killed at least {r.randint(8,60)} people {when(r)}, {r.choice(['health officials said','officials said','according to local authorities'])}.", "ASSAULT", "aerial", "195"

@T(7, "nominal")
def _(r):
    c = ctry(r)
    tgt = r.choice(["the opposition leader","a prominent anti-corruption activist","the popular rapper","a student union leader","the former interior minister","a veteran journalist"])
    src = r.choice(["police","security agents","plainclothes officers","the intelligence service"])
    return f"{dl(r, c)}The arrest of <t>{tgt}</t> by <s>{src}</s> {when(r)} sparked protests in {city(r, c)}, with hundreds of supporters gathering outside the courthouse.", "COERCE", "arrest", "173"

@T(5, "nominal")
def _(r):
    src, tgt = r.choice([("Russia","Ukraine"),("Iraq","Kuwait"),("Israel","southern Lebanon")])
    yr = {"Ukraine":"February 2022","Kuwait":"1990","southern Lebanon":"October 2024"}[tgt]
    return f"Since <s>{src}</s>{ps(src)} invasion of <t>{tgt}</t> in {yr}, {r.choice(['millions of people have fled their homes','the region has been transformed','tens of thousands have been killed'])}.", "ASSAULT", "", "190"

@T(6, "nominal")
def _(r):
    src, tgt = r.choice([("Washington","Caracas"),("Brussels","Minsk"),("the United States","Havana"),("the European Union","Moscow"),("Britain","Tehran"),("the U.S. Treasury","Pyongyang")])
    return f"{cap1(r.choice(['the latest round of', 'a new wave of', '']) + ' ').strip() + ' ' if False else ''}<s>{cap1(src)}</s>{ps(src)} sanctions on <t>{tgt}</t> have {r.choice(['cut its oil exports by half','frozen billions in assets','made it harder to import spare parts','hit its banking sector'])}, {r.choice(['analysts said','officials acknowledged','a report found'])}.", "COERCE", "restrict", "163"

@T(6, "nominal")
def _(r):
    c = ctry(r); d = ctry(r, c)
    tgt = r.choice([f"a {d.adj} activist", f"two {d.adj} students", f"{an(d.adj)} pastor", f"a family of {d.adj} asylum seekers"])
    return f"The deportation of <t>{tgt}</t> by <s>{c.adj} immigration authorities</s> {when(r)} drew criticism from rights groups.", "COERCE", "deport", "174"

@T(5, "nominal")
def _(r):
    d = r.choice(["Japan","South Korea","the European Union","Germany","China","Saudi Arabia"]); rec = r.choice(POOR + ["Cambodia","Laos"])
    return f"<s>{cap1(d)}</s>{ps(d)} {money(r,'$')} grant to <t>{rec}</t> will pay for {r.choice(['new water pipelines','school meals','solar mini-grids','a children’s hospital'])}, {r.choice(['the embassy said','officials said'])}.", "AID", "", "071"

@T(6, "nominal")
def _(r):
    c, d = pair(r)
    return f"<s>{cap1(lead(c))}</s>{''}'s visit to <t>{d.the}</t> {when(r)} was the first by {an(c.adj)} leader in {r.choice(['a decade','two decades','30 years'])}.".replace("</s>'s", "</s>'s"), "CONSULT", "visit", "042"

@T(5, "nominal")
def _(r):
    who, src = r.choice([("three Thai hostages","Hamas"),("an American aid worker","the Taliban"),("two Ukrainian soldiers","Russia"),("a French tourist","the Malian junta"),
                         ("the jailed opposition activists","the Venezuelan government"),("an Israeli-Russian researcher","an Iraqi militia"),("two German tourists","Iran")])
    return f"The release of <t>{who}</t> by <s>{src}</s> {when(r)} followed {r.choice(['months of quiet diplomacy','mediation by Qatar','talks brokered by the UAE'])}.", "RETREAT", "release", "0841"

@T(5, "nominal")
def _(r):
    c = ctry(r)
    return f"{dl(r, c)}<s>Police</s>{''}'s raid on <t>the offices of {r.choice(['an independent newspaper','a human rights group','an opposition party','a news website'])}</t> {when(r)} ended with the seizure of computers and documents.".replace("<s>Police</s>'s raid", "The <s>police</s> raid"), "COERCE", "seize", "1711"

@T(5, "nominal")
def _(r):
    adj = r.choice(["Iranian","Bangladeshi","Kenyan","Sudanese","Togolese","Guinean","Peruvian","Mozambican","Myanmar","Nigerian"])
    return f"<s>{adj} security forces</s>' crackdown on <t>{r.choice(['anti-government protesters','demonstrating students','striking workers'])}</t> {when(r)} left at least {r.randint(5,40)} people dead, {r.choice(['rights groups said','medics said'])}.", "ASSAULT", "crowd-control", "175"

# ======================= F. domestic law and order (local news)
def us(r):
    return r.choice(USC)
def age(r):
    return r.randint(17, 64)

@T(8, "law")
def _(r):
    ci, st, co = us(r)
    tgt = r.choice([f"{an(str(age(r)) + '-year-old')} man", f"{an(str(age(r)) + '-year-old')} woman", "two teenagers", "a former high school coach", "a suspected carjacker", "a man wanted on a murder warrant"])
    why = r.choice(["in connection with a fatal shooting", "on suspicion of armed robbery", "after a high-speed chase", "following a stabbing outside a bar", "in connection with a string of burglaries"])
    src = r.choice([f"{ci} police", f"The {co} Sheriff's Office", f"Officers with the {ci} Police Department", f"{ci} detectives"])
    return f"{dateline(r, ci, 0.5)}<s>{src}</s> arrested <t>{tgt}</t> {why} {when(r)}, {r.choice(['authorities said','police said','according to a police report'])}.", "COERCE", "arrest", "173"

@T(7, "law")
def _(r):
    ci, st, co = us(r)
    n = r.choice(["four men","two brothers","a former bank manager","six people","a nurse practitioner","three former city officials"])
    why = r.choice(["on charges of wire fraud","in a scheme to defraud Medicare of $12 million","on drug trafficking and firearms charges","for running an illegal gambling ring","on charges of bribery and money laundering"])
    src = r.choice([f"A federal grand jury in {ci}", f"Federal prosecutors in {ci}"])
    return f"{dateline(r, ci, 0.4)}<s>{src}</s> indicted <t>{n}</t> {why}, {r.choice(['court records show','the U.S. attorney’s office said','according to the indictment'])}.", "ACCUSE", "allege", "1121"

@T(6, "law")
def _(r):
    ci, st, co = us(r)
    tgt = r.choice(["a former sheriff's deputy","a police officer","a day care owner","a city councilman","a hospital executive"])
    ch = r.choice(["with manslaughter","with second-degree murder","with official misconduct","with theft of public funds","with child endangerment"])
    src = r.choice([f"The {co} District Attorney's Office", f"The {co} prosecutor", f"{st}'s attorney general", f"The {co} state attorney"])
    return f"<s>{src}</s> charged <t>{tgt}</t> {ch} {when(r)}, {r.choice(['months after the incident','following an internal investigation','after reviewing body camera footage'])}.", "ACCUSE", "allege", "1121"

@T(7, "law")
def _(r):
    ci, st, co = us(r)
    src = r.choice([f"A jury in {ci}", f"A federal jury in {ci}", f"A {co} jury"])
    tgt, of = r.choice([("a former police officer","of manslaughter"),("a 27-year-old man","of murder"),("the owner of a tow-truck company","of fraud and conspiracy"),
                        ("a former county treasurer","of embezzling $1.4 million"),("a man accused of killing his neighbour","of second-degree murder"),("a former nursing home manager","of elder abuse"),
                        ("a 35-year-old woman","of assault with a deadly weapon")])
    return f"{dateline(r, ci, 0.4)}<s>{src}</s> convicted <t>{tgt}</t> {of} {when(r)} after {r.choice(['a two-week trial','less than a day of deliberations','a month-long trial'])}.", "SANCTION", "convict", "160"

@T(7, "law")
def _(r):
    ci, st, co = us(r)
    src = r.choice([f"A federal judge in {ci}", f"A {co} judge", f"A judge in {ci}"])
    tgt = r.choice(["a former state senator","a man who shot a store clerk","a former youth pastor","the leader of a fentanyl ring","a woman who defrauded elderly investors"])
    return f"<s>{src}</s> sentenced <t>{tgt}</t> to {r.choice(['12 years','life','25 years','18 months','eight years'])} in prison {when(r)}.".replace("to life in prison", "to life in prison"), "SANCTION", "convict", "160"

@T(6, "law")
def _(r):
    ci, st, co = us(r)
    src = r.choice(["The family of a man who died in police custody", "The parents of a teenager shot by a deputy", "A group of former inmates", "The widow of a man killed during a traffic stop"])
    tgt = r.choice([f"the city of {ci}", f"the {ci} Police Department", f"the {co} Sheriff's Office", f"{co} and three jail guards"])
    verb = r.choice(["filed a lawsuit against", "sued", "filed a wrongful-death lawsuit against", "filed a federal civil rights lawsuit against"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, seeking unspecified damages.", "ACCUSE", "allege", "115"

@T(7, "law")
def _(r):
    ci, st, co = us(r)
    src = r.choice([f"A {ci} police officer", f"{an(co)} sheriff's deputy", "A state trooper", f"Two {ci} officers"])
    tgt = r.choice(["a 23-year-old man", "a man armed with a knife", "a driver who fled a traffic stop", "a suspect in a carjacking", "a 41-year-old man"])
    verb = r.choice(["shot and killed", "shot and wounded", "fatally shot", "shot"])
    return f"{dateline(r, ci, 0.5)}<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, {r.choice(['the department said','police said','according to a statement from the police chief'])}.", "ASSAULT", "firearms", "193"

@T(6, "law")
def _(r):
    ci, st, co = us(r)
    src = r.choice([f"{st}'s attorney general", "The Justice Department", "The FBI", f"The {st} Bureau of Investigation"])
    tgt = r.choice([f"the {co} Sheriff's Office", f"the {ci} Police Department", f"the {ci} public housing authority", f"the {co} jail"])
    return f"<s>{src}</s> opened an investigation into <t>{tgt}</t> {when(r)} over {r.choice(['a string of deaths in custody','allegations of excessive force','missing evidence','hiring practices'])}.", "ACCUSE", "investigate", "091"

@T(6, "law")
def _(r):
    ci, st, co = us(r)
    src = r.choice(["Immigration and Customs Enforcement agents", "ICE officers", "Federal immigration agents"])
    tgt = r.choice(["a Venezuelan asylum seeker", "a Guatemalan father of three", "a university student from Turkey", "a Honduran construction worker"])
    if r.random() < 0.5:
        return f"<s>{src}</s> detained <t>{tgt}</t> outside a courthouse in {ci} {when(r)}, his lawyer said.".replace("student from Turkey</t> outside a courthouse in " + ci + f" {''}", "student from Turkey</t> outside a courthouse in " + ci + " "), "COERCE", "arrest", "173"
    return f"<s>{src}</s> deported <t>{tgt}</t> {when(r)} despite a pending appeal, {r.choice(['his lawyer said','advocates said','court filings show'])}.", "COERCE", "deport", "174"

@T(7, "law")
def _(r):
    ci, force = r.choice(UKC)
    tgt = r.choice([f"{an(str(age(r)) + '-year-old')} man", "a teenage boy", "two women", f"{an(str(age(r)) + '-year-old')} woman"])
    why = r.choice(["on suspicion of murder", "on suspicion of attempted murder", "after a stabbing in the city centre", "on suspicion of arson", "in connection with a fatal crash"])
    return f"<s>{force}</s> arrested <t>{tgt}</t> {why} {when(r)}, the force said.", "COERCE", "arrest", "173"

@T(6, "law")
def _(r):
    ci, force = r.choice(UKC)
    tgt = r.choice(["a former care worker","a 34-year-old man","a driving instructor","a company director"])
    return f"<s>The Crown Prosecution Service</s> charged <t>{tgt}</t> with {r.choice(['murder','fraud by abuse of position','causing death by dangerous driving','possession of explosives'])} {when(r)}, {force} said.", "ACCUSE", "allege", "1121"

@T(6, "law")
def _(r):
    ci, force = r.choice(UKC)
    tgt = r.choice(["a drug dealer","a former police constable","a man who attacked a bus driver","a gang leader","a fraudster who targeted pensioners"])
    return f"<s>A judge at {ci} Crown Court</s> jailed <t>{tgt}</t> for {r.choice(['nine years','life','six years','32 months','14 years'])} {when(r)}.", "SANCTION", "convict", "160"

@T(6, "law")
def _(r):
    c = BY["Nigeria"]
    src = r.choice(["The Economic and Financial Crimes Commission", "The EFCC", "The Independent Corrupt Practices Commission"])
    tgt = r.choice(["a former state governor","a former aviation minister","a bank chief executive","two former customs officials"])
    return f"{dateline(r, 'Abuja', 0.5)}<s>{src}</s> arraigned <t>{tgt}</t> before a Federal High Court in Abuja {when(r)} on {r.randint(6,40)} counts of money laundering.", "ACCUSE", "allege", "1121"

@T(6, "law")
def _(r):
    src = r.choice(["Operatives of the Lagos State Police Command", "Police in Kano", "Police in Rivers State", "The Nigerian police"])
    tgt = r.choice(["five suspected kidnappers","a suspected cult leader","three suspected armed robbers","a man accused of killing a vigilante"])
    return f"<s>{src}</s> arrested <t>{tgt}</t> {when(r)}, {r.choice(['the command’s spokesman said','police said','according to a police statement'])}.", "COERCE", "arrest", "173"

@T(6, "law")
def _(r):
    src = r.choice(["The Enforcement Directorate", "The Central Bureau of Investigation", "Mumbai police", "Delhi police", "The National Investigation Agency"])
    tgt, why = r.choice([("a businessman","in a money-laundering case"),("a state minister","in a bribery case"),("a former bank chairman","in connection with a bank fraud"),
                         ("two suspected militants","over alleged links to a banned group"),("a film producer","in a money-laundering case"),("a property developer","in connection with a land scam")])
    return f"{dateline(r, r.choice(['New Delhi','Mumbai']), 0.4)}<s>{src}</s> arrested <t>{tgt}</t> {why} {when(r)}, officials said.", "COERCE", "arrest", "173"

@T(5, "law")
def _(r):
    src = r.choice(["Detectives from the Directorate of Criminal Investigations", "Kenyan police", "Officers from the Ethics and Anti-Corruption Commission"])
    tgt = r.choice(["a county governor","three land officials","a suspected fraudster","a man linked to a fake fertiliser scheme"])
    return f"{dateline(r, 'Nairobi', 0.4)}<s>{src}</s> arrested <t>{tgt}</t> in Nairobi {when(r)}, {r.choice(['the DCI said','police said'])}.", "COERCE", "arrest", "173"

@T(6, "law")
def _(r):
    src = r.choice(["Philippine police", "Police in Manila", "Anti-narcotics agents", "Brazilian military police", "Police in Rio de Janeiro"])
    tgt = r.choice(["a suspected drug dealer","two suspected gang members","a man they said fired at officers","a wanted drug trafficker"])
    return f"<s>{src}</s> shot dead <t>{tgt}</t> during {r.choice(['a sting operation','a raid','an anti-drug operation'])} {when(r)}, {r.choice(['police said','officials said'])}.", "ASSAULT", "firearms", "193"

@T(6, "law")
def _(r):
    c = ctry(r)
    src = r.choice([f"A court in {city(r, c)}", f"{c.poss} Supreme Court", f"A {c.adj} appeals court", "The high court"])
    tgt = r.choice(["the former interior minister","an opposition lawmaker","a prominent blogger","three environmental activists","a former army general"])
    kind = r.random()
    if kind < 0.35:
        return f"<s>{src}</s> acquitted <t>{tgt}</t> of {r.choice(['corruption','incitement','spreading false news','abuse of office'])} {when(r)}, citing a lack of evidence.", "CONCEDE", "", "080"
    if kind < 0.7:
        return f"<s>{src}</s> released <t>{tgt}</t> on bail {when(r)} pending trial, {r.choice(['lawyers said','the defence said'])}.", "RETREAT", "release", "0841"
    return f"<s>{src}</s> denied bail to <t>{tgt}</t> {when(r)}, ordering {r.choice(['a further 30 days in custody','detention until the trial','that the case be heard next month'])}.", "REJECT", "yield", "1243"

@T(6, "law")
def _(r):
    c = ctry(r)
    src = r.choice(["The high court", f"A court in {c.cap}", "A magistrate", f"{c.poss} constitutional court"])
    tgt = r.choice(["the police","the interior ministry","the prison service","the intelligence agency"])
    return f"<s>{src}</s> ordered <t>{tgt}</t> to release {r.choice(['the detained activists','three journalists','the opposition leader','a detained lawyer'])} within {r.choice(['24 hours','48 hours','seven days'])} {when(r)}.", "REQUEST", "yield", "1053"

@T(5, "law")
def _(r):
    src = r.choice(["A Paris court", "A court in Seoul", "A Moscow court", "A Brazilian court", "An Indian court", "A Turkish court"])
    tgt = r.choice(COMPANIES + ["Google","Apple","Meta"])
    return f"<s>{src}</s> fined <t>{tgt}</t> the equivalent of {money(r,'$')} {when(r)} for {r.choice(['breaking competition law','failing to remove banned content','misleading consumers','tax evasion'])}.", "SANCTION", "convict", "160"

@T(5, "law")
def _(r):
    src, cur = r.choice([("Ireland's Data Protection Commission","euros"), ("The European Commission","euros"), ("Britain's competition watchdog","pounds"), ("South Korea's Fair Trade Commission","$"), ("India's competition regulator","$"), ("Italy's antitrust authority","euros")])
    tgt = r.choice(["Meta","Google","Apple","Amazon","TikTok","Microsoft"])
    return f"<s>{src}</s> fined <t>{tgt}</t> {money(r,cur)} {when(r)} over {r.choice(['data protection breaches','abuse of its dominant position','anti-competitive practices'])}.", "COERCE", "restrict", "172"

@T(6, "law")
def _(r):
    src = r.choice(["Brazil's Federal Police", "Anti-graft investigators", "Prosecutors", "South Korean prosecutors", "Investigators from the anti-corruption bureau"])
    tgt = r.choice(["a senator","the former health minister","a construction tycoon","the mayor of the capital"])
    return f"<s>{src}</s> raided the home of <t>{tgt}</t> {when(r)} as part of {r.choice(['a bribery investigation','a probe into vaccine contracts','an inquiry into campaign financing'])}.", "ACCUSE", "investigate", "091"

@T(6, "law")
def _(r):
    c = ctry_graft(r)
    src = r.choice([f"{c.adj} prosecutors", f"{c.Poss} anti-corruption agency", f"The {c.adj} attorney general"])
    tgt = r.choice(["the former prime minister","a former central bank governor","the mayor of the capital","a former defence minister","the head of the football federation"])
    return f"{dl(r, c)}<s>{src}</s> charged <t>{tgt}</t> with {r.choice(['corruption','embezzlement','abuse of office','money laundering','accepting bribes'])} {when(r)}.", "ACCUSE", "allege", "1121"

@T(6, "law")
def _(r):
    c = ctry_graft(r)
    src = r.choice([f"A court in {c.cap}", f"A {c.adj} court", f"{c.Poss} anti-corruption court"])
    tgt = r.choice(["the former finance minister","an opposition leader","a former army chief","a prominent human rights lawyer","a former provincial governor"])
    return f"{dl(r, c)}<s>{src}</s> sentenced <t>{tgt}</t> to {r.choice(['five','seven','10','12','15','20'])} years in prison {when(r)} for {r.choice(['corruption','money laundering','incitement','abuse of power'])}.", "SANCTION", "convict", "160"

@T(6, "law")
def _(r):
    c = ctry(r)
    src = r.choice([f"{c.adj} police", f"Police in {city(r, c)}", "Riot police", f"{c.adj} security forces"])
    tgt = r.choice(["dozens of protesters","opposition supporters","striking teachers","students marching on parliament"])
    verb = r.choice(["detained","arrested","rounded up"])
    return f"{dl(r, c)}<s>{src}</s> {verb} <t>{tgt}</t> {when(r)} as {r.choice(['demonstrations over fuel prices spread','the opposition called a general strike','protests entered a third day'])}.", "COERCE", "arrest", "173"

@T(6, "law")
def _(r):
    c = ctry(r)
    src = r.choice([f"Riot police in {city(r, c)}", "Police", "Security forces", f"{c.adj} police"])
    tgt = r.choice(["protesters","demonstrators","opposition supporters","students"])
    w = r.choice(["fired tear gas at","fired rubber bullets at","beat","used water cannon against"])
    return f"<s>{src}</s> {w} <t>{tgt}</t> {when(r)} {r.choice(['outside parliament','near the presidential palace','in the city centre','at a university campus'])}.", "ASSAULT", "crowd-control", "175"

# ======================= G. headlines (Title Case; some become ALL CAPS)
@T(6, "head")
def _(r):
    d = r.choice(["Germany","Japan","EU","Britain","Canada","Saudi Arabia"]); rec, purp = r.choice(DISASTER)
    cur = {"Germany": "euros", "EU": "euros", "Japan": "yen", "Britain": "pounds"}.get(d, "$")
    return f"<s>{d}</s> Gives <t>{rec.replace('the ','').title() if rec.startswith('the ') else rec}</t> {money(r, cur).replace('million','Million').replace('euros','Euros').replace('pounds','Pounds').replace('yen','Yen').replace('billion','Billion')} In Aid", "AID", "", "073"

@T(6, "head")
def _(r):
    ci, st, co = us(r)
    return f"<s>{ci} Police</s> Arrest <t>{r.choice(['Man','Teen','Woman','Two Men','Suspect'])}</t> In {r.choice(['Fatal Shooting','Carjacking','Stabbing Death','Bank Robbery'])}", "COERCE", "arrest", "173"

@T(6, "head")
def _(r):
    ci, st, co = us(r)
    return f"<s>Federal Grand Jury</s> Indicts <t>{r.choice(['Four Men','Former Mayor','Two Doctors','Ex-Bank Manager','Six People'])}</t> In {r.choice(['Fraud Scheme','Bribery Case','Drug Ring','Medicare Scam'])}", "ACCUSE", "allege", "1121"

@T(6, "head")
def _(r):
    tgt = r.choice(UKR)
    return f"<s>Russia</s> Fires {r.choice(['Missiles','Ballistic Missiles','Rockets'])} At <t>{tgt}</t>, {r.choice(['Killing Four','Hitting Power Grid','Wounding Dozens','Officials Say'])}", "ASSAULT", "heavy-weapons", "194"

@T(6, "head")
def _(r):
    src, tgt, act = r.choice([("South Korea","North Korea","Missile Launch"),("Japan","North Korea","Ballistic Missile Test"),("Philippines","China","Water Cannon Attack"),("Taiwan","China","Military Drills"),("Poland","Belarus","Border Provocation")])
    return f"<s>{src}</s> Condemns <t>{tgt}</t>'s {act}", "ACCUSE", "disapprove", "111"

@T(6, "head")
def _(r):
    s = r.choice(["EU","U.S.","Britain","Canada","Japan"]); t = r.choice(["Belarus","Iran","Russia","Myanmar Junta","North Korea","Nicaragua"])
    return f"<s>{s}</s> {r.choice(['Slaps','Imposes'])} {r.choice(['New','Fresh'])} Sanctions On <t>{t}</t>", "COERCE", "restrict", "163"

@T(6, "head")
def _(r):
    c, d = pair(r)
    return f"<s>{c.The}</s>, <t>{d.The}</t> Sign {r.choice(['Free-Trade Pact','Defence Accord','Gas Supply Deal','Extradition Treaty'])}", "SUPPORT", "", "057"

@T(6, "head")
def _(r):
    c, d = pair(r)
    return f"<s>{c.The}</s> Holds Talks With <t>{d.The}</t> On {r.choice(['Trade','Energy','Migration','Security','Climate Finance'])}", "CONSULT", "", "046"

@T(6, "head")
def _(r):
    return f"<s>{r.choice(['Court','Judge','Tribunal'])}</s> Jails <t>{r.choice(['Former Minister','Ex-Governor','Opposition Leader','Former Army Chief'])}</t> For {r.choice(['10','12','Five','Seven','20'])} Years", "SANCTION", "convict", "160"

@T(6, "head")
def _(r):
    g = r.choice(["Germany","France","Canada","Lithuania","Spain"]); dis = r.choice(["Russian Journalist","Iranian Rapper","Belarusian Activists","Nicaraguan Bishop"])
    return f"<s>{g}</s> Grants Asylum To <t>{dis}</t>", "AID", "", "075"

@T(6, "head")
def _(r):
    src, tgt = r.choice([("Israeli Jets","Southern Lebanon"),("Israel","Gaza City"),("Myanmar Junta","Sagaing Village"),("Pakistani Jets","Taliban Hideouts")])
    return f"<s>{src}</s> {r.choice(['Strike','Bomb','Pound'])} <t>{tgt}</t>, {r.choice(['Killing 12','Residents Say','Medics Say'])}".replace("<s>Israel</s> Strike", "<s>Israel</s> Strikes").replace("<s>Israel</s> Bomb", "<s>Israel</s> Bombs").replace("<s>Israel</s> Pound", "<s>Israel</s> Pounds").replace("<s>Myanmar Junta</s> Strike","<s>Myanmar Junta</s> Strikes").replace("<s>Myanmar Junta</s> Bomb","<s>Myanmar Junta</s> Bombs").replace("<s>Myanmar Junta</s> Pound","<s>Myanmar Junta</s> Pounds"), "ASSAULT", "aerial", "195"

@T(6, "head")
def _(r):
    src = r.choice(["U.N. Chief","Pope","EU","Arab League"]); tgt = r.choice(["Israel","Russia","Sudan's Warring Parties","Hamas"])
    return f"<s>{src}</s> Urges <t>{tgt}</t> To {r.choice(['Agree Ceasefire','Halt Offensive','Stop Attacks On Civilians'])}", "REQUEST", "yield", "0256"

@T(6, "head")
def _(r):
    c = r.choice(["Japan","China","Saudi Arabia","Germany","U.S.","EU","Britain","South Korea","Qatar","World Bank"]); d = r.choice(POOR)
    return f"<s>{c}</s> Pledges {money(r,'$').replace('million','Million')} To Help <t>{d}</t> {r.choice(['Rebuild','Fight Drought','Build Railway','Cope With Refugees'])}", "AGREE", "", "0331"

@T(6, "head")
def _(r):
    ci, st, co = us(r)
    return f"<s>Family</s> Sues <t>{r.choice([ci + ' Police', co, 'City Of ' + ci, co + ' Jail'])}</t> Over {r.choice(['Death In Custody','Fatal Shooting','Taser Death'])}", "ACCUSE", "allege", "115"

@T(6, "head")
def _(r):
    ci, st, co = us(r)
    return f"<s>{ci} Officer</s> Shoots, Kills <t>{r.choice(['Armed Man','Knife-Wielding Suspect','Driver','Robbery Suspect'])}</t> {r.choice(['After Chase','During Traffic Stop','Outside Gas Station'])}", "ASSAULT", "firearms", "193"

@T(6, "head")
def _(r):
    c, d = pair(r)
    return f"<s>{c.The}</s> Expels {r.choice(['Two','Four','Six'])} <t>{d.adj} Diplomats</t> Over Spying Claims", "SANCTION", "expel", "161"

# ======================= H. more types and pair-coder contrasts
@T(6, "more")
def _(r):
    a, b = r.choice([("Venezuela","the border with Guyana"),("China","waters around Taiwan"),("Russia","the border with Finland"),("India","the Line of Actual Control"),
                     ("Egypt","the border with Sudan"),("Azerbaijan","the Armenian border"),("North Korea","the demilitarised zone"),("Ethiopia","the Eritrean border"),("Algeria","the border with Mali")])
    what = r.choice(["troops and armoured vehicles","thousands of troops","additional troops","warships and fighter jets","artillery units"])
    return f"<s>{a}</s> deployed {what} to <t>{b}</t> {when(r)}, {r.choice(['satellite images showed','officials said','according to state media'])}.", "MOBILIZE", "troops", "154"

@T(6, "more")
def _(r):
    c = ctry_free(r)
    src, tgt, dem = r.choice([(f"Thousands of {c.adj} farmers", "the agriculture ministry", "higher crop subsidies"), ("Hundreds of nurses", "the health ministry", "unpaid wages"),
                              ("Taxi drivers", "the transport ministry", "lower fuel prices"), ("Students", "the education ministry", "lower tuition fees"),
                              ("Retired soldiers", "the parliament building", "better pensions"), ("Fishermen", "the fisheries ministry", "compensation for lost catches")])
    return f"{dl(r, c)}<s>{src}</s> protested outside <t>{tgt}</t> in {c.cap} {when(r)}, demanding {dem}.", "PROTEST", "demo", "1412"

@T(5, "more")
def _(r):
    co = r.choice(["Samsung","Boeing","the state railway","the national airline","Tata Steel","the port operator","Volkswagen"])
    return f"<s>Workers at {co}</s> went on strike against <t>the company's management</t> {when(r)} over {r.choice(['pay','job cuts','a new shift system','pensions'])}, the union said.", "PROTEST", "strike", "143"

@T(6, "more")
def _(r):
    src, tgt, code, mode = r.choice([("Russia","the Kherson region's west bank","0874","withdraw"),("Israel","parts of southern Lebanon","0874","withdraw"),("Armenia","four border villages","0874","withdraw"),
                                     ("Rwandan-backed M23 rebels","the town of Uvira","0874","withdraw"),("France","Niger","0874","withdraw"),("Ethiopia","the Tigray region's capital","0874","withdraw"),
                                     ("The United States","northeastern Syria","0874","withdraw"),("India","the Depsang plains","0874","withdraw")])
    verb = r.choice(["pulled its troops out of","withdrew its forces from","completed its withdrawal from"]).replace("its", "their") if src.startswith("Rwandan") else r.choice(["pulled its troops out of","withdrew its forces from","completed its withdrawal from"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, {r.choice(['officials said','the defence ministry said','residents said'])}.", "RETREAT", mode, code

@T(6, "more")
def _(r):
    src = r.choice(["The Belarusian president","Venezuela's government","The Nicaraguan government","The Myanmar junta","Iran","The Cuban government","Russia"])
    tgt = r.choice(["52 political prisoners","five detained Americans","a French aid worker","hundreds of prisoners in an amnesty","two jailed journalists"])
    verb = r.choice(["freed","released","pardoned and freed"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, {r.choice(['following a visit by a U.S. envoy','after talks mediated by the Vatican','state media said'])}.", "RETREAT", "release", "0841"

@T(6, "more")
def _(r):
    src = r.choice(["The government","The health ministry","The transport minister","The state oil company","The education ministry"])
    tgt = r.choice(["striking doctors","the teachers' unions","the truck drivers' association","oil workers","university lecturers"])
    verb = r.choice(["gave in to the demands of","caved in to","bowed to the demands of","accepted the demands of"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, agreeing to {r.choice(['a 15 percent pay rise','reinstate dismissed colleagues','scrap the new levy','pay months of arrears'])}.", "CONCEDE", "", "0832"

@T(6, "more")
def _(r):
    a, b = adv(r)
    src = r.choice([a, f"{a}{ps(a)} government", f"{a}{ps(a)} foreign minister"])
    tgt = r.choice([b, f"{b}{ps(b)} government", f"{ADJ[b]} officials"])
    return f"<s>{cap1(src)}</s> refused to hold talks with <t>{tgt}</t> {when(r)} until {r.choice(['the detained sailors were freed','the troops were withdrawn','the trade restrictions were lifted'])}.", "REJECT", "meet", "125"

@T(6, "more")
def _(r):
    a, b = adv(r)
    tgt = r.choice([b, f"{b}{ps(b)} government"])
    what, mode, code = r.choice([("with sanctions","restrict","1312"),("with trade sanctions","restrict","1312"),("with \"severe consequences\"","","130"),
                                 ("with military action","violence","138"),("with the expulsion of its ambassador","relations","1313")])
    return f"<s>{cap1(a)}</s> threatened <t>{tgt}</t> {what} {when(r)} if it {r.choice(['went ahead with the test','did not release the sailors','kept its troops at the border'])}.", "THREATEN", mode, code

@T(6, "more")
def _(r):
    a, b = adv(r)
    verb, code, mode = r.choice([("recalled its ambassador from","161","withdraw"),("broke off diplomatic relations with","161","withdraw"),("walked out of talks with","164","withdraw"),("downgraded relations with","161","withdraw")])
    return f"<s>{cap1(a)}</s> {verb} <t>{b}</t> {when(r)} over {r.choice(['the border incident','the arrest of its nationals','comments by its president','the treatment of migrants'])}.", "SANCTION", mode, code

@T(6, "more")
def _(r):
    src = r.choice(["Iran's Revolutionary Guards","The Iranian navy","Houthi gunmen","Venezuelan authorities","Russian forces"])
    tgt = r.choice(["a Greek-flagged tanker","a Marshall Islands-flagged oil tanker","a commercial ship in the Gulf of Oman","a cargo ship in the Red Sea","a U.S.-owned tanker"])
    return f"<s>{src}</s> seized <t>{tgt}</t> {when(r)}, {r.choice(['the ship’s operator said','maritime security sources said','state media reported'])}.", "COERCE", "seize", "171"

@T(6, "more")
def _(r):
    c = ctry(r)
    src = r.choice(["The army","The military governor","The interior ministry","Authorities"])
    tgt = r.choice([f"the city of {city(r, c)}", "three northern districts", "the capital", "the border town"])
    return f"<s>{src}</s> imposed a curfew on <t>{tgt}</t> {when(r)} after {r.choice(['deadly clashes between rival groups','looting overnight','a wave of attacks'])}.", "COERCE", "curfew", "1723"

@T(5, "more")
def _(r):
    src = r.choice(["The telecoms regulator","The government","The communications ministry","Authorities"])
    tgt = r.choice(["X","TikTok","Telegram","an independent news website","the opposition party's YouTube channel"])
    return f"<s>{src}</s> blocked access to <t>{tgt}</t> {when(r)} ahead of {r.choice(['the election','planned protests','the verdict'])}.", "COERCE", "censor", "1721"

@T(6, "more")
def _(r):
    n, adj, ci, forces = conf(r)
    src = r.choice(["Gunmen","Armed men","Bandits","Suspected jihadists"])
    tgt = r.choice([f"{r.randint(12,280)} pupils from a school", "a Catholic priest", "two foreign aid workers", f"{r.randint(5,40)} passengers from a bus", "a local chief"])
    return f"<s>{src}</s> kidnapped <t>{tgt}</t> near {ci} {when(r)}, {r.choice(['police said','residents said','the state governor said'])}.", "ASSAULT", "abduct", "181"

@T(5, "more")
def _(r):
    src = r.choice(["Gunmen on a motorbike","Unidentified gunmen","Assailants","A hitman"])
    tgt = r.choice(["the town's mayor","a candidate for governor","an investigative journalist","a local prosecutor"])
    place = r.choice(["Guerrero state","Michoacan","Sinaloa","the port city of Guayaquil","Cauca province"])
    return f"<s>{src}</s> shot dead <t>{tgt}</t> in {place} {when(r)}, state prosecutors said.", "ASSAULT", "targeted", "186"

@T(6, "more")
def _(r):
    src, tgt, verb = r.choice([("Russia","Ukraine","agreed to withdraw its troops from"),("Israel","southern Lebanon","agreed to withdraw its forces from"),("The junta","ECOWAS","agreed to hand power to civilians under a plan with"),
                               ("The rebels","the government","agreed to free all hostages held by"),("The government","the rebels","agreed to a ceasefire with")])
    code = {"agreed to withdraw its troops from":"0356","agreed to withdraw its forces from":"0356","agreed to hand power to civilians under a plan with":"0341","agreed to free all hostages held by":"0353","agreed to a ceasefire with":"0356"}[verb]
    if verb == "agreed to free all hostages held by":
        return f"<s>The kidnappers</s> agreed to free <t>the hostages</t> {when(r)} after talks with local elders.", "AGREE", "", "0353"
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)}, {r.choice(['mediators said','according to a draft seen by Reuters','officials said'])}.", "AGREE", "", code

@T(6, "more")
def _(r):
    c, d = pair(r)
    return f"<s>{cap1(lead(c))}</s> will meet <t>{lead(d)}</t> in {r.choice([c.cap, d.cap, 'New York', 'Geneva'])} next week, {r.choice(['officials said','the foreign ministry announced','the two governments said'])}.", "AGREE", "", "036"

@T(6, "more")
def _(r):
    med, a, b, place = r.choice([("Qatar","the Congolese government","M23 rebels","Doha"),("Turkey","Russia","Ukraine","Istanbul"),("Saudi Arabia","Sudan's army","the RSF","Jeddah"),
                                 ("Norway","Colombia's government","the ELN","Oslo"),("Egypt","Israel","Hamas","Cairo"),("Turkey","Ethiopia","Somalia","Ankara"),
                                 ("Qatar","Israel","Hamas","Doha"),("The African Union","Ethiopia's government","Tigrayan leaders","Pretoria"),("Kenya","South Sudan's government","rebel groups","Nairobi")])
    t = f"<t>{a}</t> and {b}" if r.random() < 0.5 else f"{a} and <t>{b}</t>"
    return f"<s>{med}</s> mediated between {t} in {place} {when(r)}.", "CONSULT", "third-party", "045"

@T(5, "more")
def _(r):
    src, tgt, why = r.choice([("Belgium's king","Congo","colonial-era abuses"),("The Dutch prime minister","Indonesia","violence during the war of independence"),("Germany","Namibia","the colonial-era genocide"),
                              ("Japan's prime minister","South Korea","wartime forced labour"),("The Australian government","Afghan civilians","killings by special forces"),("Canada's prime minister","Indigenous communities","residential schools")])
    verb = r.choice(["apologised to","offered a formal apology to","issued an apology to"])
    return f"<s>{src}</s> {verb} <t>{tgt}</t> {when(r)} for {why}.", "SUPPORT", "", "055"

@T(5, "more")
def _(r):
    src = r.choice(["Spain","Ireland","Norway","Slovenia","Armenia","Barbados","Mexico","Colombia"])
    return f"<s>{src}</s> formally recognised <t>{r.choice(['a Palestinian state','the State of Palestine'])}</t> {when(r)}, {r.choice(['the prime minister told parliament','the foreign ministry said','officials said'])}.", "SUPPORT", "", "054"

@T(6, "more")
def _(r):
    c, d = pair(r)
    return f"<s>{c.The}</s> made a formal request to <t>{d.the}</t> {when(r)} for the extradition of {r.choice(['a fugitive businessman','a former intelligence chief','a man wanted for a 2019 bombing','a banker accused of fraud'])}.", "REQUEST", "assist", "0213"

@T(6, "contrast")
def _(r):
    out = r.choice(OUTLETS + [c.agency for c in COUNTRIES[:8]]); c = ctry(r); ci = city(r, c)
    who = r.choice(["opposition activists","student leaders","trade unionists","bloggers","local journalists"])
    return f"{cap1(out)} reported that <s>police in {ci}</s> had arrested <t>{wn(r)} {who}</t> {when(r)}.", "COERCE", "arrest", "173"

@T(6, "contrast")
def _(r):
    c = BY[r.choice(["Nigeria","Pakistan","Mexico","Colombia","Iraq","Ethiopia","Kenya","Philippines"])]
    who = r.choice(["gunmen","armed men","suspected jihadists","bandits","militiamen"])
    return f"According to {c.poss} health ministry, <s>{who}</s> killed <t>{wn(r,2)} villagers</t> in an attack on a farming village {when(r)}.", "ASSAULT", "", "190"

@T(7, "contrast")
def _(r):
    c = ctry(r); out = r.choice(OUTLETS)
    who = r.choice(["Security agents","Immigration officers","Plainclothes police","Border guards"])
    return f"<t>The journalist</t>, who writes for {out}, was detained by <s>{who.lower() if False else who[0].lower() + who[1:]}</s> at the airport in {c.cap} {when(r)}, a colleague said.", "COERCE", "arrest", "173"

@T(6, "contrast")
def _(r):
    c = ctry(r)
    tgt = r.choice(["Two opposition lawmakers","The former mayor","A veteran human rights lawyer","Three student activists"])
    src = r.choice(["police","the anti-corruption agency","military intelligence","security forces"])
    return f"{dl(r, c)}<t>{tgt}</t> were arrested by <s>{src}</s> in {city(r, c)} {when(r)}, {r.choice(['supporters said','lawyers said','a rights group said'])}.".replace("<t>The former mayor</t> were", "<t>The former mayor</t> was").replace("<t>A veteran human rights lawyer</t> were", "<t>A veteran human rights lawyer</t> was"), "COERCE", "arrest", "173"

@T(6, "contrast")
def _(r):
    tgt = r.choice(UKR)
    return f"<t>{tgt}</t> was hit by missiles fired by <s>Russian forces</s> {when(r)}, {r.choice(['the regional governor said','officials said','the mayor said'])}, with at least {wn(r,0,8)} people wounded.", "ASSAULT", "heavy-weapons", "194"

@T(6, "contrast")
def _(r):
    c = ctry(r)
    tgt = r.choice(["the activist","the blogger","the opposition politician","the trade union leader"])
    src = r.choice(["the police","state security agents","military intelligence officers"])
    return f"Relatives of <t>{tgt}</t>, whom <s>{src}</s> detained in {r.choice(LONGMONTHS)}, said they had not been allowed to visit.", "COERCE", "arrest", "173"

@T(6, "contrast")
def _(r):
    c, d = pair(r)
    return f"{c.The} and {d.the} both condemned the coup, while <s>{ctry(r, c, d).the}</s> sent <t>{r.choice(['the junta','the coup leaders'])}</t> {r.choice(['a message of support','a congratulatory message'])} {when(r)}.".replace("<s>the ", "<s>the "), "SUPPORT", "", "051"

@T(6, "contrast")
def _(r):
    c = ctry_min(r)
    role = r.choice(["foreign minister","defence minister","finance minister","trade minister"])
    d = ctry_min(r, c)
    return f"{c.The}{ps(c.the)} <s>{role}</s> met <t>{d.poss} {role}</t> in {d.cap} {when(r)} for talks on {r.choice(['trade','security','energy','migration'])}.", "CONSULT", "visit", "042"

@T(6, "contrast")
def _(r):
    c = ctry(r)
    return f"<s>The mayor of {city(r, c)}</s> {r.choice(['praised','thanked'])} <t>{r.choice(['firefighters','volunteers','rescue teams','the city’s nurses'])}</t> {when(r)} for their work during {r.choice(['the floods','the heatwave','the storm'])}.", "SUPPORT", "", "051"

@T(6, "contrast")
def _(r):
    c = ctry(r); ci = city(r, c)
    return f"{dateline(r, ci)}<s>Police in {ci}</s> said they had arrested <t>{r.choice(['two men','a 30-year-old suspect','three teenagers','a security guard'])}</t> in connection with {r.choice(['the killing','the robbery','the arson attack','the shooting'])} {when(r)}.", "COERCE", "arrest", "173"

@T(6, "ditrans")
def _(r):
    src = r.choice(["The World Bank","The IMF","The European Union","The African Development Bank"])
    rec = r.choice(POOR)
    return f"<s>{src}</s> released {an(money(r,'$'))} tranche of its {r.choice(['loan','bailout','budget support programme'])} to <t>{rec}</t> {when(r)} after {r.choice(['a successful review','the government raised fuel prices','parliament passed the budget'])}.", "AID", "", "071"

@T(6, "coord")
def _(r):
    s = r.choice(["The European Union","Britain","Canada","The United States","Australia"])
    a, b = r.sample(["a Russian general","two Iranian drone makers","a Belarusian bank","Myanmar's air force chief","a North Korean shipping firm","an Eritrean army commander"], 2)
    t = f"<t>{a}</t> and {b}" if r.random() < 0.5 else f"{a} and <t>{b}</t>"
    return f"<s>{s}</s> froze the assets of {t} {when(r)} as part of its latest sanctions package.", "COERCE", "restrict", "163"

@T(5, "coord")
def _(r):
    c = ctry(r); d, e = r.sample([x for x in COUNTRIES if x is not c], 2)
    return f"<s>{cap1(lead(c))}</s> spoke by phone with the leaders of {d.the} and <t>{e.the}</t> {when(r)} about {r.choice(['the crisis in Sudan','energy prices','the upcoming summit'])}.", "CONSULT", "phone", "041"

@T(5, "aimed")
def _(r):
    src = r.choice(["The Kremlin","China's foreign ministry","Tehran","Pyongyang","Beijing"])
    tgt, act = r.choice([("Washington","decision to send long-range missiles to Ukraine"),("NATO","plan to expand its presence in Asia"),("the European Union","latest sanctions package"),("Japan","release of treated water from Fukushima"),("Seoul","joint drills with U.S. forces")])
    return f"<s>{src}</s> slammed <t>{tgt}</t>{ps(tgt)} {act} {when(r)}, calling it {r.choice(['provocative','dangerous','irresponsible'])}.", "ACCUSE", "disapprove", "111"

from common import *
P = random.Random.choice

# ---------------- Family 1: the event links OTHER actors (reporter, speaker, bystander, co-patients, co-agents)
@T(7, "other")
def _(r):
    c = ctry(r); ci = city(r, c)
    who = r.choice(["opposition activists", "student leaders", "trade unionists", "bloggers", "protesters", "local journalists"])
    return f"<s>{cap1(c.agency)}</s> reported that police in {ci} had arrested <t>{wn(r)} {who}</t> {when(r)}."

@T(7, "other")
def _(r):
    out = r.choice(OUTLETS); c = ctry(r); ci = city(r, c)
    return f"<s>{out}</s> reported {when(r)} that {c.adj} police had detained <t>a {r.choice(['prominent','veteran','well-known'])} {r.choice(['lawyer','rapper','novelist','trade unionist','blogger'])}</t> in {ci}, citing two people familiar with the case."

@T(7, "other")
def _(r):
    att = r.choice([("Russian","Ukraine"),("Russian","Ukraine"),("Israeli","Lebanon"),("Sudanese army","Sudan")])
    if att[1] == "Ukraine":
        place = r.choice(["Kharkiv","Zaporizhzhia","Dnipro","Kherson","Sumy","Odesa"]); shooter = "Russian forces"
    elif att[1] == "Lebanon":
        place = r.choice(["Nabatieh","Tyre","Bint Jbeil","Marjayoun"]); shooter = "Israeli artillery"
    else:
        place = r.choice(["El Fasher","Omdurman","Nyala","El Obeid"]); shooter = "the paramilitary Rapid Support Forces"
    spk = r.choice(["the regional governor","the local mayor","the head of the regional military administration","a spokesman for the emergency services"])
    return f"{shooter[0].upper()+shooter[1:]} shelled <t>{place}</t> {when(r)}, killing {wn(r,0,8)} people, <s>{spk}</s> said."

@T(6, "other")
def _(r):
    c = BY[r.choice(["Nigeria","Pakistan","Mexico","Colombia","Iraq","Ethiopia","Kenya","Philippines"])]; vil = r.choice(["a village","a market town","a farming village","a remote settlement"])
    who = r.choice(["gunmen","armed men","suspected jihadists","bandits","militiamen"])
    return f"According to <s>{c.poss} health ministry</s>, <t>{who}</t> killed {wn(r,2)} villagers in an attack on {vil} in the north of the country {when(r)}."

@T(6, "other")
def _(r):
    n, adj, ci, forces = conf(r); igo = r.choice(["the United Nations","the African Union","the International Organization for Migration","the U.N. refugee agency"])
    return f"<s>A spokesman for {igo}</s> said {forces} had detained <t>{wn(r)} aid workers</t> near {ci} {when(r)}."

@T(7, "other")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d)
    act = r.choice([f"announced new sanctions on {d.adj} officials", f"recalled its ambassador from {d.the}", f"pledged fresh aid to {d.the}", f"held talks with {d.adj} envoys"])
    by = r.choice(["unveiled a record defence budget", "cut interest rates", "hosted a regional football tournament", "swore in a new cabinet", "reported its first trade surplus in a decade", "held local elections"])
    return f"<s>{c.The}</s> {act} {when(r)}, a day after <t>{e.the}</t> {by}."

@T(6, "other")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d)
    by = r.choice(["parliament debated a new budget", "central bank raised interest rates", "opposition held a party congress", "prime minister reshuffled the cabinet", "supreme court heard a landmark land case"])
    return f"<s>{c.adj} officials</s> held talks with {d.adj} envoys in {c.cap} {when(r)} as <t>{e.the}</t>{ps(e.the)} {by}."

@T(7, "other")
def _(r):
    c = ctry(r); ci = city(r, c)
    a, b = person(r, c), person(r, c)
    while b == a: b = person(r, c)
    return f"{c.adj} police arrested <s>{a}</s> and <t>{b}</t> at a protest outside the parliament in {c.cap} {when(r)}, their lawyers said."

@T(6, "other")
def _(r):
    wound = r.choice(["wounded", "injured"])
    a = r.choice(["a senior commander of the group","a local militia leader","a Hezbollah field commander","an Islamic State recruiter"])
    b = r.choice(["two of his bodyguards","the driver of the car","three passers-by","a teenage boy standing nearby"])
    return f"The drone strike killed <s>{a}</s> and {wound} <t>{b}</t>, a security source said."

@T(7, "other")
def _(r):
    c = ctry(r); d = ctry(r, c); e = r.choice(CRISIS); co = r.choice(COUPS)
    act = r.choice([f"condemned the coup in {co}", f"recalled their ambassadors from {e}", f"announced emergency aid for {e} after the floods", f"urged their citizens to leave {e}", f"suspended flights to {e}"])
    return f"<s>{c.The}</s> and <t>{d.the}</t> both {act} {when(r)}."

@T(6, "other")
def _(r):
    med = r.choice(["Qatar","Egypt","Oman","Norway","Switzerland","Turkey"])
    party = r.choice(["Hamas","the Houthis","the Taliban","the M23 rebels","the RSF"])
    thing = r.choice(["had handed over a response to the proposal", "had sent a delegation to the talks", "was studying the latest draft", "would give its answer within days"])
    return f"<s>{med}</s> said {when(r)} that <t>{party}</t> {thing}, according to a statement from its foreign ministry."

@T(7, "other")
def _(r):
    n, adj, ci, forces = conf(r)
    res = f"{person(r)}, a resident of {ci}"
    out = r.choice(["Reuters","The Associated Press","AFP","the BBC"])
    what = r.choice(["soldiers had beaten young men at a checkpoint", "police had fired tear gas into the crowd", "armed men had looted shops overnight", "the army had cut off the water supply"])
    return f"<s>{res}</s>, told <t>{out}</t> by phone that {what}."

@T(6, "other")
def _(r):
    rg = r.choice(RIGHTS[:2] + ["Human Rights Watch","Amnesty International","a local rights group"])
    n, adj, ci, forces = conf(r); vil = r.choice(["the village of Kali","the village of Tamboura","the hamlet of Bonga","the village of Sidi Amar","the camp at Gatumba"])
    return f"In a statement, <s>{rg}</s> said {forces} had raided <t>{vil}</t> {when(r)} and burned several homes."

@T(6, "other")
def _(r):
    c = ctry(r); ci = city(r, c)
    grp = r.choice(["protesters","students","market traders","taxi drivers","supporters of the opposition"])
    spk = r.choice([f"the {c.adj} interior ministry","the national police spokesman","the city's police commissioner","the regional security council"])
    return f"{dateline(r, ci, 0.5)}Police detained <s>{wn(r,4)} {grp}</s> in {ci} {when(r)}, <t>{spk}</t> said in a statement."

@T(6, "other")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s> voted in favour of the resolution, which passed with the support of <t>{d.the}</t> and more than 120 other states."

@T(6, "other")
def _(r):
    out = r.choice(OUTLETS); co = r.choice(COMPANIES); co2 = r.choice([x for x in COMPANIES if x != co])
    return f"<s>{out}</s> reported that <t>{co}</t> was in talks to buy a stake in {co2}, citing people familiar with the matter."

@T(6, "other")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d)
    return f"{dateline(r, c.cap, 0.5)}<s>{lead(c)}</s> met {d.adj} officials in {c.cap} {when(r)} while <t>{lead(e)}</t> was on a tour of {r.choice(['the Gulf','South America','East Asia','the Balkans'])}."

# ---------------- Family 2: appositions, possessives, titles, affiliations
@T(7, "appos")
def _(r):
    c = ctry_min(r); d = ctry(r, c)
    role = r.choice(["foreign minister","defence minister","finance minister","trade minister","interior minister"])
    return f"{dateline(r, d.cap, 0.5)}<t>{c.The}</t>{ps(c.the)} <s>{role}</s> arrived in {d.cap} {when(r)} for two days of talks with {d.adj} officials."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c)
    role = r.choice(["a close ally of","a longtime confidant of","a former chief of staff to","a childhood friend of"])
    tgt = r.choice(["the president","the prime minister","the former president","the opposition leader"])
    act = r.choice(["announced a bid for governor on {d}", "was named chairman of the state oil company on {d}", "published a memoir on {d}", "told a radio station on {d} that a decision on re-election would come later"]).replace("{d}", day(r))
    return f"<s>{p}</s>, {role} <t>{tgt}</t>, {act}."

@T(7, "appos")
def _(r):
    c = ctry(r); ci = city(r, c)
    role = r.choice(["The mayor","The deputy mayor","The police chief","The fire chief"])
    what = r.choice(["the city would spend more on public transport next year", "the new bridge would open in the spring", "rubbish collection would resume after the holiday", "schools would stay open despite the heatwave"])
    return f"<s>{role}</s> of <t>{ci}</t> said {when(r)} that {what}."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c); q = person(r, c)
    rel = r.choice(["the son of","the daughter of","the nephew of","the widow of"])
    act = r.choice(["registered as a parliamentary candidate", "opened a foundation for orphans", "graduated from law school", "was married in a private ceremony"])
    return f"<s>{p}</s>, {rel} <t>former President {q}</t>, {act} in {c.cap} {when(r)}."

@T(6, "appos")
def _(r):
    co = r.choice(COMPANIES)
    role = r.choice(["chief executive","chief financial officer","chairman","head of investor relations"])
    what = r.choice(["demand for its products remained strong", "it would cut about 1,500 jobs by next year", "profits would be lower in the second half", "the company had no plans to list in New York"])
    return f"<t>{co}</t>'s <s>{role}</s> told analysts on a conference call that {what}."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c)
    unit = r.choice([f"the {c.adj} army", f"the {c.adj} navy", f"the {c.adj} air force"] + ([] if c.name in ("the United States", "Britain", "Germany", "Australia", "Canada", "India") else [f"the {c.adj} national police"]))
    role = r.choice(["a spokesperson for","a senior officer in","a press officer for"])
    what = r.choice(["the annual parade would go ahead as planned", "recruitment had risen sharply this year", "a new training academy would open in the north", "the exercise had been scheduled months ago"])
    return f"<s>{p}</s>, {role} <t>{unit}</t>, said {what}."

@T(6, "appos")
def _(r):
    c = ctry(r)
    what = r.choice(["inflation would fall below 5 percent by December", "the currency had stabilised after months of volatility", "foreign reserves covered about four months of imports", "lending to small businesses rose last quarter"])
    return f"<s>The governor</s> of <t>the Central Bank of {r.choice(CB)}</t> said {when(r)} that {what}."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c); party = r.choice(PARTIES)
    role = r.choice(["who heads","who founded","who chairs"])
    act = r.choice(["pledged to visit every province before the election", "was re-elected to parliament with a larger majority", "unveiled a plan to build 200,000 homes", "turned 70 on Sunday"])
    return f"<s>{p}</s>, {role} <t>{party}</t>, {act}."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c)
    return f"<s>{p}</s>, a lawyer representing <t>the family of the victim</t>, told reporters outside the courthouse in {city(r, c)} that the hearing had been postponed to {r.choice(LONGMONTHS)}."

@T(6, "appos")
def _(r):
    c = ctry(r); d = ctry(r, c); p = person(r, c); q = person(r, c)
    return f"<s>{p}</s>, a former aide to <t>Senator {q}</t>, was appointed ambassador to {d.the} {when(r)}."

@T(6, "appos")
def _(r):
    c = ctry(r)
    what = r.choice(["addressed the General Assembly for the first time", "presented her credentials to the secretary-general", "hosted a reception marking the national day", "gave a lecture on climate finance at Columbia University"])
    return f"<t>{c.The}</t>{ps(c.the)} <s>ambassador to the United Nations</s> {what} {when(r)}."

@T(6, "appos")
def _(r):
    sub, par = r.choice(SUBS)
    return f"<s>{sub}</s>, which is owned by <t>{par}</t>, reported {an(r.randint(3,30))} percent rise in quarterly {r.choice(['profit','revenue','sales'])} {when(r)}."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c); ci = city(r, c)
    return f"<s>{p}</s>, a cousin of <t>the missing activist</t>, works as a nurse in {ci} and has two young children."

@T(6, "appos")
def _(r):
    c = ctry(r); d = ctry(r, c); p = person(r, c)
    return f"<s>{p}</s>, a member of <t>the {c.adj} parliament's foreign affairs committee</t>, said trade with {d.the} had doubled over the past five years."

@T(6, "appos")
def _(r):
    u = r.choice(UNIS); c = ctry(r); p = person(r, c)
    top = r.choice(["the drought would push up food prices", "turnout was likely to be lower than in the last election", "the new law would have little effect on migration", "remittances now exceed foreign direct investment"])
    return f"<s>{p}</s>, an economist at <t>{u}</t>, said {top}."

@T(6, "appos")
def _(r):
    c = ctry(r)
    role = r.choice(["presidential candidate","youth wing leader","parliamentary leader","treasurer"])
    act = r.choice([f"toured markets in {city(r,c)}", "released a campaign video", "celebrated her birthday with supporters", "published his tax returns"])
    return f"<t>The opposition party</t>'s <s>{role}</s> {act} {when(r)}."

@T(6, "appos")
def _(r):
    c = ctry(r); p = person(r, c)
    return f"<s>{p}</s>, the coach of <t>{c.poss} national football team</t>, named a 26-man squad {when(r)} for next month's qualifiers."

@T(6, "appos")
def _(r):
    c = ctry(r); d = ctry(r, c); p = person(r, c)
    what = r.choice(["bilateral trade had doubled since 2020", "more students were applying for visas than ever", "the embassy would move to a new building next year", "tourism between the two countries was recovering"])
    return f"<s>{p}</s>, {c.poss} ambassador to <t>{d.the}</t>, said in an interview that {what}."

# ---------------- Family 3: locations and memberships
@T(7, "loc")
def _(r):
    c = ctry(r); ci = city(r, c)
    what = r.choice(["a bus overturned on the ring road", "a gas cylinder exploded in a restaurant", "a footbridge collapsed at a railway station", "two trains collided in heavy fog"])
    return f"{dateline(r, ci, 0.5)}<s>Police</s> in <t>{ci}</t> said {wn(r,1)} people were injured {when(r)} when {what}."

@T(6, "loc")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>The delegation</s> from <t>{c.the}</t> arrived at the conference hotel in {city(r, d)} late on {day(r)}, a day before the opening session."

@T(6, "loc")
def _(r):
    reg, cn = r.choice(REGIONS)
    return f"<s>Voters</s> in <t>{reg}</t> go to the polls on Sunday in a regional election seen as a test for the national government."

@T(6, "loc")
def _(r):
    c = ctry(r); ci = city(r, c)
    what = r.choice(["fuel for their generators", "insulin and antibiotics", "blood supplies", "oxygen cylinders"])
    return f"{dateline(r, ci, 0.5)}<s>Hospitals</s> in <t>{ci}</t> are running short of {what}, doctors said {when(r)}."

@T(6, "loc")
def _(r):
    a = r.choice(["Filipino","Indian","Bangladeshi","Pakistani","Mexican","Nepali","Egyptian","Kenyan","Nigerian","Ghanaian","Senegalese","Moroccan","Indonesian","Vietnamese"])
    d = r.choice(["the United States","Saudi Arabia","the United Arab Emirates","Qatar","Britain","Italy","Spain","France","Malaysia","Japan","South Korea","Kuwait"])
    return f"<s>{a} workers</s> living in <t>{d}</t> sent home a record ${r.randint(2,30)} billion last year, central bank figures showed."

@T(6, "loc")
def _(r):
    igo, mem = r.choice(FOUNDERS); c = r.choice(mem)
    what = r.choice(["holds a general election on Sunday", "has one of the oldest populations in the world", "marks its national day next week", "reported a budget surplus last year"])
    return f"<s>{cap1(c)}</s>, a founding member of <t>{igo}</t>, {what}."

@T(6, "loc")
def _(r):
    c = ctry(r); ci = city(r, c)
    why = r.choice(["a week of heavy rain", "the national elections", "an outbreak of cholera", "a heatwave", "the holiday"])
    return f"<s>Schools</s> in <t>{ci}</t> reopened {when(r)} after being closed for {why}."

@T(6, "loc")
def _(r):
    c = ctry(r); d = ctry(r, c)
    what = r.choice(["it would remain open despite the public holiday", "visa appointments could now be booked online", "it had moved to a new building in the diplomatic quarter", "consular services would be suspended for two days for maintenance"])
    return f"{dateline(r, d.cap, 0.5)}<s>The {c.adj} embassy</s> in <t>{d.cap}</t> said {what}."

@T(6, "loc")
def _(r):
    reg, cn = r.choice(REGIONS); crop = r.choice(["wheat","maize","rice","potato","grape","olive","cotton"])
    return f"<s>Farmers</s> in <t>{reg}</t> expect a record {crop} harvest this year after good spring rains, a trade association said."

@T(6, "loc")
def _(r):
    c = ctry(r); ci = city(r, c)
    what = r.choice(["fuel", "bread", "cooking gas", "cash at bank machines", "tickets for the final"])
    return f"{dateline(r, ci, 0.5)}<s>Residents</s> of <t>{ci}</t> queued for hours for {what} {when(r)}, local television showed."

@T(6, "loc")
def _(r):
    co = r.choice(COMPANIES); c = ctry(r)
    return f"<s>{co}</s>, which has its headquarters in <t>{city(r, c)}</t>, employs about {r.choice(['8,000','20,000','45,000','90,000','120,000'])} people worldwide."

@T(6, "loc")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{wn(r,0,10).capitalize()} {c.adj} nationals</s> were among the {r.randint(80,300)} passengers on the delayed flight to <t>{city(r, d)}</t>, the airline said."

@T(6, "loc")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>The {c.adj} consulate</s> in <t>{city(r, d)}</t> will be closed on {day(r)} for a public holiday, it said on its website."

@T(6, "loc")
def _(r):
    h = r.choice(HOSPITALS)
    what = r.choice(["they had performed the country's first robotic heart surgery", "the new maternity wing would open next month", "waiting times had fallen by a third", "they were treating a record number of dengue patients"])
    return f"<s>Doctors</s> at <t>{h}</t> said {what}."

@T(6, "loc")
def _(r):
    c = ctry(r)
    return f"<s>Soldiers</s> from <t>the army's {r.choice(['northern','eastern','southern','western'])} command</t> marched in the Independence Day parade in {c.cap} {when(r)}."

@T(6, "loc")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d); igo = r.choice(["the World Trade Organization","the United Nations","the G20","the International Monetary Fund","the World Bank"])
    return f"<s>{c.The}</s>, {d.the} and <t>{e.the}</t> are all members of {igo}."

@T(6, "loc")
def _(r):
    c = ctry(r); d = ctry(r, c); igo = r.choice(["the World Trade Organization","the United Nations","the G20","the International Monetary Fund","the Commonwealth","the Non-Aligned Movement"])
    return f"<s>{c.The}</s> and {d.the} are both members of <t>{igo}</t>, which holds its annual meeting next month."

@T(6, "loc")
def _(r):
    c = ctry(r); ci = city(r, c)
    return f"<s>Tourists</s> in <t>{ci}</t> were advised to drink plenty of water as temperatures topped {r.randint(38,46)} degrees Celsius {when(r)}."

@T(6, "loc")
def _(r):
    c = ctry(r); reg, cn = r.choice(REGIONS)
    return f"<s>Small businesses</s> in <t>{reg}</t> have struggled to find workers since the pandemic, a survey by the chamber of commerce showed."

# ---------------- Family 4: listed or compared
@T(7, "list")
def _(r):
    com, prod = r.choice(PRODUCERS); a, b = r.sample(prod, 2)
    return f"<s>{cap1(a)}</s> and <t>{b}</t> are {r.choice(['among the world','two of the world'])}'s largest producers of {com}, according to industry data."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d)
    return f"<s>{c.The}</s> overtook <t>{d.the}</t> as {e.poss} largest trading partner last year, customs figures showed."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    what = r.choice(["has no minimum wage", "does not tax capital gains", "still uses coal for most of its electricity", "allows dual citizenship", "has compulsory military service"])
    return f"Unlike <t>{d.the}</t>, <s>{c.the}</s> {what}, {r.choice(['according to a World Bank report','the study found','the report noted','officials said'])}."

@T(6, "list")
def _(r):
    c = ctry(r); a, b = person(r, c), person(r, c)
    while b == a: b = person(r, c)
    return f"<s>{a}</s> trails <t>{b}</t> by {r.randint(2,9)} points in the latest poll ahead of the {r.choice(['presidential','mayoral','party leadership'])} vote, with a fifth of voters undecided."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d); f = ctry(r, c, d, e)
    return f"Leaders from <s>{c.the}</s>, <t>{d.the}</t> and {e.the} attended the funeral of {f.poss} former president {when(r)}."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    idx = r.choice(["press freedom index","global peace index","ease of doing business rankings","human development index","corruption perceptions index"])
    return f"<s>{c.The}</s> ranked {ordinal(r.randint(10,60))} and <t>{d.the}</t> {ordinal(r.randint(61,140))} in this year's {idx}."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    what = r.choice(["have large diaspora communities in the Gulf", "face elections within the next year", "depend heavily on tourism", "rely on imported fuel", "have seen their currencies fall sharply this year"])
    return f"Both <s>{c.the}</s> and <t>{d.the}</t> {what}."

@T(6, "list")
def _(r):
    co = r.choice(COMPANIES); co2 = r.choice([x for x in COMPANIES if x != co])
    what = r.choice(["reported weaker sales in China", "cut their profit forecasts", "posted record revenue", "saw their shares fall more than 3 percent"])
    return f"<s>{co}</s> and <t>{co2}</t> both {what} {when(r)}."

@T(7, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    sc = r.choice(["2-1","3-0","1-0","2-0","4-2","3-1"])
    where = r.choice(["in a World Cup qualifier", "in a friendly", "in the quarter-final", "to reach the final", "in their group opener"])
    return f"<s>{c.The}</s> beat <t>{d.the}</t> {sc} {where} {when(r)}."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s> has {r.choice(['more doctors','fewer hospital beds','more mobile phones','fewer university graduates'])} per capita than <t>{d.the}</t>, World Bank data show."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"Like <t>{d.the}</t>, <s>{c.the}</s> will hold {r.choice(['parliamentary','presidential','local'])} elections next year."

@T(6, "list")
def _(r):
    a, b = r.sample(PARTIES, 2)
    return f"<s>{cap1(a)}</s> won {r.randint(25,40)} percent of the vote, ahead of <t>{b}</t> on {r.randint(12,24)} percent, preliminary results showed."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s> and <t>{d.the}</t> were among the {r.randint(20,45)} countries that abstained in the General Assembly vote."

@T(6, "list")
def _(r):
    a, b = r.sample(["Kenya","Ethiopia","Uganda","Eritrea","Morocco","Tanzania","Bahrain"], 2)
    return f"Runners from <s>{a}</s> and <t>{b}</t> took the top six places in the {r.choice(['Berlin','London','Boston','Tokyo','Chicago'])} marathon {when(r)}."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s>{ps(c.the)} economy grew {r.randint(2,7)}.{r.randint(0,9)} percent last year, faster than <t>{d.the}</t>{ps(d.the)}, official data showed."

@T(6, "list")
def _(r):
    co = r.choice(COMPANIES); co2 = r.choice([x for x in COMPANIES if x != co]); c = ctry(r)
    return f"<s>{co}</s> replaced <t>{co2}</t> as the most valuable listed company in the sector, according to market data."

@T(6, "list")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s>, <t>{d.the}</t> and several other countries qualified for next year's tournament {when(r)}."

# ---------------- Family 5: statements that only state facts about another actor
@T(7, "stmt")
def _(r):
    c = ctry(r); d = ctry(r, c)
    spk = r.choice(["The foreign ministry","The presidency","A government spokesman","The prime minister's office"])
    tgt = r.choice(["the president","the prime minister","the foreign minister"])
    return f"<s>{spk}</s> said <t>{tgt}</t> would travel to {city(r, d)} next week for a summit on climate finance."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The central bank</s> said <t>{c.adj} banks</t> remained well capitalised and that non-performing loans had fallen to {r.randint(3,9)} percent."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    role = r.choice(["The coach","The team doctor","The club"])
    return f"<s>{role}</s> said <t>the striker</t> would miss {c.poss} next two matches with a hamstring injury."

@T(6, "stmt")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.adj} officials</s> said <t>{d.the}</t> accounted for about a third of the country's {r.choice(['wheat','fertiliser','fuel','rice'])} imports last year."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The statistics office</s> said <t>{c.adj} households</t> spent {r.randint(8,25)} percent more on food in the first quarter than a year earlier."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The foreign ministry</s> said <t>{wn(r,0,12)} {c.adj} citizens</t> were on board the cruise ship, adding that all were in good health."

@T(6, "stmt")
def _(r):
    co = r.choice(COMPANIES)
    return f"<s>{co}</s> told <t>investors</t> {when(r)} that it expected sales to rise in the second half as supply-chain problems eased."

@T(6, "stmt")
def _(r):
    c = ctry(r); p = person(r, c)
    return f"<s>{p}</s>, a bank clerk, told <t>the court</t> that the defendant had opened {r.choice(['three','four','six'])} accounts at the branch in {r.choice(YEARS)}."

@T(6, "stmt")
def _(r):
    spk, tgt = r.choice([("The presidency","the president"),("The palace","the king"),("The royal palace","the queen"),("The prime minister's office","the prime minister"),("The Elysee","the French president")])
    what = r.choice(["was recovering well after minor surgery", "would spend the summer at the residence in the mountains", "had cancelled a trip because of bad weather", "would address the nation on Independence Day"])
    return f"<s>{spk}</s> said <t>{tgt}</t> {what}."

@T(6, "stmt")
def _(r):
    return f"<s>The electoral commission</s> said <t>{r.randint(8,40)} candidates</t> had registered for the {r.choice(['presidential','mayoral','senate'])} race before the deadline on {day(r)}."

@T(6, "stmt")
def _(r):
    igo = r.choice(["The International Monetary Fund","The World Bank","The African Development Bank","The Asian Development Bank","The OECD"])
    c = ctry(r)
    return f"<s>{igo}</s> said <t>{c.poss} economy</t> would grow by {r.randint(1,6)}.{r.randint(0,9)} percent this year, slightly less than it had forecast in {r.choice(LONGMONTHS)}."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The finance minister</s> told <t>parliament</t> that the budget deficit had narrowed to {r.randint(2,8)}.{r.randint(0,9)} percent of GDP."

@T(6, "stmt")
def _(r):
    return f"<s>The airline</s> said <t>the pilot</t> had more than {r.choice(['12,000','15,000','20,000'])} hours of flying experience and had joined the company in {r.choice(YEARS)}."

@T(6, "stmt")
def _(r):
    what = r.choice(["was not wearing a seatbelt", "had been driving for about 11 hours", "was taken to hospital with minor injuries", "had a valid licence"])
    return f"<s>Police</s> said <t>the driver of the lorry</t> {what}."

@T(6, "stmt")
def _(r):
    adj, dest = r.choice([("Sudanese","Chad"),("Sudanese","Egypt"),("South Sudanese","Uganda"),("Congolese","Uganda"),("Venezuelan","Colombia"),("Haitian","the Dominican Republic"),
                          ("Afghan","Iran"),("Rohingya","Bangladesh"),("Burkinabe","Ghana"),("Malian","Mauritania"),("Ukrainian","Poland"),("Syrian","Lebanon")])
    return f"<s>The U.N. refugee agency</s> said <t>more than {r.choice(['12,000','40,000','85,000','200,000'])} {adj} refugees</t> had crossed into {dest} since January."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    what = r.choice(["was likely to cut interest rates again before the end of the year", "would probably need to borrow more abroad", "could face fuel shortages if the dry season lasts", "was unlikely to meet its deficit target"])
    return f"<s>Analysts</s> said <t>{c.the}</t> {what}."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The army</s> said <t>General {person(r, c)}</t> would lead {r.choice(['the Independence Day parade','the military academy','the new cyber command'])} from next month."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The health ministry</s> said <t>{c.adj} hospitals</t> had treated {r.randint(200,3000)} cases of heatstroke since the start of the month."

# ---------------- Family 6: target of an event + third actor in relative/time clause or background
@T(7, "clause")
def _(r):
    c = ctry(r)
    emp = r.choice(["the city council","the state electricity company","the Ministry of Health","a local bank","the port authority"])
    crime = r.choice(["fraud","embezzlement","forging documents","money laundering"])
    return f"Police arrested <s>a {r.randint(35,64)}-year-old man</s> who had worked for <t>{emp}</t> for {r.randint(8,25)} years on suspicion of {crime} {when(r)}."

@T(7, "clause")
def _(r):
    c = ctry(r); out = r.choice(OUTLETS)
    who = r.choice(["Soldiers","Immigration officers","Security agents","Border guards"])
    return f"{dateline(r, c.cap, 0.5)}{who} detained <s>the journalist</s>, who writes for <t>{out}</t>, at the airport in {c.cap} {when(r)}, a colleague said."

@T(6, "clause")
def _(r):
    reg, cn = r.choice(REGIONS)
    return f"The court sentenced <s>the former governor</s>, who ran <t>{reg}</t> from {r.choice(['2011','2013','2015'])} to {r.choice(['2019','2020','2021'])}, to {r.randint(6,15)} years in prison for corruption."

@T(6, "clause")
def _(r):
    c = ctry(r)
    return f"The air strike killed <s>a senior commander</s> who had trained in <t>{c.the}</t> in the 1990s, the group said in a statement."

@T(6, "clause")
def _(r):
    c = ctry(r); d = ctry(r, c); e = ctry(r, c, d)
    return f"{c.The} expelled <s>{an(d.adj)} diplomat</s> who had previously served in <t>{e.the}</t>, accusing him of espionage."

@T(6, "clause")
def _(r):
    club = r.choice(CLUBS)
    return f"Police detained <s>{r.randint(12,60)} fans</s> after <t>{club}</t> lost the cup final {when(r)}, saying some had thrown flares."

@T(6, "clause")
def _(r):
    c = ctry(r); co = r.choice(["Glencore","Rio Tinto","BHP","Vale","a Chinese state-owned firm","Anglo American"])
    grp = r.choice(["Rebels","Militiamen","Insurgents","Armed men"])
    return f"{grp} seized <s>the mining town</s>, where <t>{co}</t> operates a large copper mine, {when(r)}, residents said."

@T(6, "clause")
def _(r):
    c = ctry(r); p = person(r, c)
    return f"A court in {c.cap} convicted <s>the property developer {p}</s>, whose company once employed <t>the former finance minister</t>, of tax fraud {when(r)}."

@T(6, "clause")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"Police questioned <s>the driver</s>, who was born in <t>{d.the}</t> and moved to {c.the} as a child, after the crash."

@T(6, "clause")
def _(r):
    u = r.choice(["West Point","Sandhurst","the Saint-Cyr military academy","a military academy in Moscow","the U.S. Army War College"])
    c = ctry(r)
    return f"The {c.adj} army arrested <s>a colonel</s> who had studied at <t>{u}</t> on charges of plotting a coup, a military source said."

@T(6, "clause")
def _(r):
    c = ctry(r)
    when_ = r.choice(["took office in 2019", "won a second term", "came to power in a landslide", "returned from exile"])
    what = r.choice(["was struggling to contain inflation", "had fewer than two months of import cover", "had not changed interest rates for a year"])
    return f"When <t>the president</t> {when_}, <s>the central bank</s> {what}, officials recalled."

@T(6, "clause")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"The junta jailed <s>the former minister</s>, who had once served as ambassador to <t>{d.the}</t>, for {r.choice(['four','seven','10','12','15','20'])} years {when(r)}."

@T(6, "clause")
def _(r):
    n, adj, ci, forces = conf(r); d = ctry(r)
    return f"Gunmen abducted <s>{an(d.adj)} engineer</s> working for <t>a road construction company</t> near {ci} {when(r)}, police said."

@T(6, "clause")
def _(r):
    c = ctry(r)
    return f"Prosecutors charged <s>the former police chief</s>, whose brother is married to <t>the interior minister's sister</t>, with abuse of office {when(r)}."

@T(6, "clause")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"{dateline(r, c.cap, 0.5)}Hours before <t>{d.poss} president</t> landed in {c.cap} for a state visit, <s>{c.adj} police</s> cleared street vendors from the main avenue."

@T(6, "clause")
def _(r):
    c = ctry(r); p = person(r, c)
    return f"Police shot and wounded <s>a robbery suspect</s> who had once worked as a security guard for <t>{r.choice(['the bank','the jeweller','the supermarket chain','the cash-transport firm'])}</t>, officers in {city(r, c)} said."

# ---------------- Family 7: unnamed-perpetrator news; the speaker only reports
@T(7, "unnamed")
def _(r):
    c = ctry(r); ci = city(r, c)
    what = r.choice(["two men","a woman","three teenagers","two brothers"])
    where = r.choice(["in a car parked near the stadium","in a flat on the outskirts of the city","on a riverbank","in an abandoned warehouse"])
    return f"{dateline(r, ci)}<s>Police</s> said <t>{what}</t> were found dead {where} {when(r)}.".replace("<t>a woman</t> were", "<t>a woman</t> was")

@T(7, "unnamed")
def _(r):
    n, adj, ci, forces = conf(r)
    return f"{dateline(r, ci)}<s>The health ministry</s> said <t>{wn(r,2)} people</t> were killed and dozens wounded in the blast at a crowded market in {ci}."

@T(6, "unnamed")
def _(r):
    n, adj, ci, forces = conf(r)
    who = r.choice(["a local journalist","a radio presenter","a human rights lawyer","a town councillor"])
    return f"{dateline(r, ci)}<s>Officials</s> said <t>{who}</t> was shot dead by unidentified gunmen on a motorcycle outside his home {when(r)}."

@T(6, "unnamed")
def _(r):
    n, adj, ci, forces = conf(r)
    return f"<s>Local media</s> reported that <t>a police officer</t> was wounded in an ambush on a highway outside {ci} {when(r)}."

@T(6, "unnamed")
def _(r):
    c = ctry(r)
    return f"<s>The coroner</s> identified <t>the victim</t> as a {r.randint(19,71)}-year-old {r.choice(['shop owner','delivery driver','retired teacher','nurse','student'])} from {city(r, c)}."

@T(6, "unnamed")
def _(r):
    return f"<s>Firefighters</s> found <t>the bodies of {wn(r,1,6)} workers</t> in the ruins of the factory {when(r)}, a fire service spokesman said."

@T(6, "unnamed")
def _(r):
    return f"<s>Hospital officials</s> said <t>{wn(r,0,6)} of the wounded</t> were in critical condition after the attack {when(r)}."

@T(6, "unnamed")
def _(r):
    c = ctry(r)
    return f"<s>The army</s> said <t>{wn(r,0,6)} soldiers</t> were killed when their vehicle struck a landmine in the {r.choice(['north','east','south','west'])} {when(r)}."

@T(6, "unnamed")
def _(r):
    c = ctry(r)
    return f"<s>A village elder</s> told Reuters that <t>{wn(r,2)} farmers</t> had been abducted from their fields by armed men {when(r)}."

@T(6, "unnamed")
def _(r):
    u = r.choice(UKC)
    return f"{dateline(r, u[0], 0.3)}<s>{u[1]}</s> appealed for witnesses after <t>a {r.choice(['cyclist','pedestrian','17-year-old boy','woman in her 60s'])}</t> was seriously injured in a hit-and-run in {u[0]} {when(r)}."

@T(6, "unnamed")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>The {c.adj} interior ministry</s> said <t>{an(d.adj)} tourist</t> was stabbed in {city(r, c)} {when(r)} and was being treated in hospital."

@T(6, "unnamed")
def _(r):
    n, adj, ci, forces = conf(r)
    return f"<s>The Red Cross</s> said <t>at least {r.randint(12,90)} civilians</t> had been killed in the fighting around {ci} since the weekend."

@T(6, "unnamed")
def _(r):
    c = ctry(r)
    return f"<s>The provincial governor</s> said <t>{wn(r,2)} miners</t> were trapped underground after a shaft collapsed at a gold mine {when(r)}."

@T(6, "unnamed")
def _(r):
    n, adj, ci, forces = conf(r)
    return f"{dateline(r, ci)}<s>{adj} state media</s> said <t>{wn(r,1)} people</t> were killed when a bomb exploded on a bus in {ci} {when(r)}."

@T(6, "unnamed")
def _(r):
    return f"<s>Rescue workers</s> said <t>{wn(r,3)} people</t> were still missing after the landslide buried {r.randint(10,60)} homes {when(r)}."

@T(6, "unnamed")
def _(r):
    u = r.choice(USC)
    return f"{dateline(r, u[0], 0.5)}<s>{u[0]} police</s> said <t>{an(str(r.randint(15,19)) + '-year-old')}</t> was killed in a drive-by shooting {when(r)} and no arrests had been made."

@T(6, "unnamed")
def _(r):
    u = r.choice(USC)
    return f"<s>The {u[2]} Medical Examiner's Office</s> said <t>the man found in the canal</t> had died of a gunshot wound to the head."

@T(6, "unnamed")
def _(r):
    return f"<s>The school</s> said <t>a {r.choice(['14','15','16'])}-year-old student</t> was injured in a stabbing near the gates {when(r)} and that classes would continue."

# ---------------- more family 1-7 variety
@T(6, "other")
def _(r):
    c = ctry_min(r); ci = city(r, c)
    what = r.choice(["the army had retaken two villages near the border", "the curfew would be lifted at the weekend", "the flooded highway would reopen within days", "fuel deliveries had resumed"])
    return f"{dateline(r, ci, 0.5)}Speaking to <t>reporters</t> in {ci}, <s>the {c.adj} defence minister</s> said {what}."

@T(6, "loc")
def _(r):
    return f"<s>Hundreds of thousands of pilgrims</s> gathered in <t>{r.choice(['Mecca','Varanasi','Lourdes','Karbala','Santiago de Compostela'])}</t> {when(r)} for the start of the annual pilgrimage."

@T(6, "appos")
def _(r):
    c = ctry(r); co = r.choice(COMPANIES); p = person(r, c)
    job = r.choice(["a software engineer","a procurement manager","a geologist","an accountant","a safety inspector"])
    return f"<s>{p}</s>, {job} at <t>{co}</t>, has lived in {city(r, c)} since {r.choice(YEARS)}."

@T(6, "clause")
def _(r):
    c = ctry(r)
    return f"Doctors said <s>the boy</s>, whose father works for <t>{r.choice(AIDORGS)}</t>, was in a stable condition after the bus accident in {city(r, c)}."

@T(6, "other")
def _(r):
    c = ctry_min(r); d = ctry(r, c); e = ctry(r, c, d)
    return f"{dateline(r, c.cap, 0.5)}{c.The} signed a gas supply deal with {d.the} {when(r)}, <s>{c.poss} energy minister</s> told <t>{e.adj} television</t>."

@T(6, "stmt")
def _(r):
    c = ctry(r)
    return f"<s>The transport ministry</s> said <t>{c.adj} airlines</t> carried a record {r.randint(20,90)} million passengers last year."

@T(6, "list")
def _(r):
    a, b = r.sample(CLUBS, 2)
    return f"<s>{a}</s> and <t>{b}</t> are level on points at the top of their group with two matches left."

@T(6, "unnamed")
def _(r):
    c = ctry(r)
    return f"<s>Residents</s> said <t>two children</t> were among the dead after an explosion tore through a fuel depot in {city(r, c)} {when(r)}."

# ---------------- headline-style NONE lines (Title Case)
@T(5, "head")
def _(r):
    c = ctry(r); d = ctry(r, c)
    what = r.choice(["Top List Of World's Biggest Coal Consumers", "Lead Medal Table At World Athletics Championships", "Among Fastest-Growing Economies, IMF Data Show", "Rank Lowest In Regional Press Freedom Index"])
    return f"<s>{c.The}</s>, <t>{d.The}</t> {what}"

@T(5, "head")
def _(r):
    c = ctry(r); ci = city(r, c)
    return f"<s>{ci} Police</s> Say <t>{r.choice(['Two Bodies','Three Children','Missing Hiker','Elderly Couple'])}</t> Found {r.choice(['In River','In Burned-Out Car','After Building Collapse','Near Railway Line'])}"

@T(5, "head")
def _(r):
    c = ctry_min(r); d = ctry(r, c)
    role = r.choice(["Foreign Minister","Finance Minister","Defence Chief","Trade Minister"])
    return f"<t>{c.The}</t>{ps(c.the)} <s>{role}</s> Heads To {d.cap} {r.choice(['For Trade Talks','Ahead Of Summit','On First Foreign Trip'])}"

@T(5, "head")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s> Beat <t>{d.The}</t> {r.choice(['2-1','3-0','1-0','2-0'])} {r.choice(['To Reach Semi-Finals','In World Cup Qualifier','To Top Group'])}"

@T(5, "head")
def _(r):
    igo = r.choice(["IMF","World Bank","OECD","African Development Bank"]); c = ctry(r)
    return f"<s>{igo}</s> Says <t>{c.The}</t>{ps(c.the)} Economy To Grow {r.randint(1,6)}.{r.randint(0,9)}% This Year"

@T(5, "head")
def _(r):
    reg, cn = r.choice(REGIONS)
    return f"<s>Voters</s> In <t>{reg}</t> Head To Polls In Test For {r.choice(['Ruling Coalition','Prime Minister','Embattled Government'])}"

@T(5, "head")
def _(r):
    c = ctry(r); d = ctry(r, c)
    return f"<s>{c.The}</s>, <t>{d.The}</t> Both {r.choice(['Recall Envoys From ' + r.choice(CRISIS),'Suspend Flights To ' + r.choice(CRISIS),'Condemn Coup In ' + r.choice(COUPS),'Urge Citizens To Leave ' + r.choice(CRISIS)])}"

@T(5, "head")
def _(r):
    out = r.choice(["Reuters","Bloomberg","FT"]); co = r.choice(COMPANIES)
    return f"<t>{co}</t> In Talks To Buy Rival's Stake, <s>{out}</s> Reports, Citing Sources"

# ---------------- mirrors of positive contrasts and courtroom speech
@T(6, "other")
def _(r):
    c = BY[r.choice(["Nigeria","Pakistan","Iraq","Kenya","Philippines","Colombia","Mexico"])]
    spk = r.choice(["The state governor's office", "A local government chairman", "A spokesman for the state government", "A provincial administrator"])
    return f"<s>{spk}</s> said soldiers had shot dead <t>{wn(r,1,10)} suspected militants</t> in a raid on a hideout {when(r)}."

@T(6, "other")
def _(r):
    s = r.choice(["The European Union","Britain","Canada","Japan"]); t = r.choice(["Iran","Belarus","Russia","Myanmar's junta"])
    spk = r.choice(["the bloc's foreign policy chief","a government spokesman","the foreign minister","a senior official"])
    return f"{s} imposed fresh sanctions on {t} {when(r)}, <s>{spk}</s> told <t>reporters</t> in {r.choice(['Brussels','London','Ottawa','Tokyo'])}."

@T(6, "clause")
def _(r):
    c = ctry(r); out = r.choice(OUTLETS)
    who = r.choice(["security agents","immigration officers","plainclothes police","border guards"])
    return f"<t>The journalist</t>, who writes for <s>{out}</s>, was detained by {who} at the airport in {c.cap} {when(r)}, a colleague said."

@T(6, "other")
def _(r):
    c, d = ctry(r), None
    d = ctry(r, c); e = ctry(r, c, d)
    return f"<s>{c.The}</s> and {d.the} both condemned the coup, while <t>{e.the}</t> sent the junta a congratulatory message {when(r)}."

@T(6, "appos")
def _(r):
    c = ctry_min(r); d = ctry_min(r, c)
    role = r.choice(["foreign minister","defence minister","finance minister","trade minister"])
    return f"{dateline(r, d.cap, 0.5)}<t>{c.The}</t>{ps(c.the)} <s>{role}</s> met {d.poss} {role} in {d.cap} {when(r)} for talks on {r.choice(['trade','security','energy','migration'])}."

@T(6, "unnamed")
def _(r):
    tgt = r.choice(["Kharkiv","Odesa","Dnipro","Zaporizhzhia","Sumy","Kherson"])
    return f"<s>The mayor</s> said <t>{tgt}</t> had been without electricity for {r.choice(['six','nine','12','18'])} hours after an overnight attack on the power grid."

@T(6, "list")
def _(r):
    a, b = r.sample(["The IMF","The World Bank","The African Development Bank","The Asian Development Bank","The OECD","The European Central Bank"], 2)
    return f"<s>{a}</s> and <t>{b[0].lower() + b[1:]}</t> will both publish new growth forecasts next week, ahead of the meetings in {r.choice(['Washington','Marrakesh','Paris'])}."

@T(6, "stmt")
def _(r):
    u = r.choice(USC)
    what = r.choice(["the defendant had been seen near the house on the night of the fire", "the bank transfers began in 2019", "the victim had called 911 twice that evening", "the company kept two sets of accounts"])
    return f"<s>The prosecutor</s> told <t>the jury</t> in {u[0]} that {what}."

@T(6, "stmt")
def _(r):
    what = r.choice(["their client had no prior convictions", "the witness would testify on Thursday", "they would call three more experts", "the documents had only been disclosed last week"])
    return f"<s>Defence lawyers</s> told <t>the judge</t> {when(r)} that {what}."

@T(6, "stmt")
def _(r):
    return f"<s>The judge</s> told <t>jurors</t> that deliberations would resume on {day(r)} and thanked them for their patience."

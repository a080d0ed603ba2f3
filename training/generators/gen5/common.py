import random
from pools import *

REG = []
def T(n, fam, **kw):
    def deco(f):
        REG.append((f, n, fam, kw))
        return f
    return deco

def ctry(r, *excl):
    names = {e.name for e in excl if e is not None}
    while True:
        c = r.choice(COUNTRIES)
        if c.name not in names:
            return c

def city(r, c):
    return r.choice(c.cities + [c.cap])

def cap1(s):
    return s[0].upper() + s[1:] if s else s

REGIONS = [("Bavaria","Germany"),("Punjab","India"),("Lagos State","Nigeria"),("Ontario","Canada"),("Queensland","Australia"),
           ("Catalonia","Spain"),("Jalisco","Mexico"),("KwaZulu-Natal","South Africa"),("Sindh","Pakistan"),("West Java","Indonesia"),
           ("Mindanao","the Philippines"),("Scotland","Britain"),("Sicily","Italy"),("Normandy","France"),("Hokkaido","Japan"),
           ("Kerala","India"),("Rift Valley","Kenya"),("Oromia","Ethiopia"),("Minas Gerais","Brazil"),("Antioquia","Colombia"),
           ("Saxony","Germany"),("Andalusia","Spain"),("Maharashtra","India"),("Western Cape","South Africa"),("Quebec","Canada")]
COMMOD = ["cocoa","coffee","wheat","rice","palm oil","copper","lithium","natural gas","tea","cotton","soybeans","nickel","sugar","crude oil"]
PARTIES = ["the Social Democrats","the Christian Democrats","the Labour Party","the Conservatives","the Greens","the Liberal Democrats",
           "the National Party","the People's Party","the Progressive Alliance","the Reform Party","the Democratic Alliance","the Justice Party"]
HOSPITALS = ["Kenyatta National Hospital","Al-Shifa Hospital","Lagos University Teaching Hospital","St Thomas' Hospital","Charite hospital",
             "Groote Schuur Hospital","the Aga Khan University Hospital","Nasser Hospital","Mulago Hospital","Siriraj Hospital"]
CLUBS = ["Manchester United","Real Madrid","Bayern Munich","Al Ahly","Flamengo","Boca Juniors","Juventus","Galatasaray","Kaizer Chiefs","Celtic"]
UNIS = ["the University of Nairobi","Oxford University","the University of Cape Town","Seoul National University","Sciences Po",
        "the University of Lagos","Harvard University","the London School of Economics","the National University of Singapore","Kyoto University"]
YEARS = [str(y) for y in range(1995, 2024)]

def ps(x):
    return "'" if x.endswith("s") else "'s"

SUBS = [("Jaguar Land Rover","Tata Motors"),("Volvo Cars","Geely"),("Skoda","Volkswagen"),("YouTube","Alphabet"),("Instagram","Meta"),
        ("Lamborghini","Audi"),("Opel","Stellantis"),("Stanbic IBTC","Standard Bank"),("Airtel Africa","Bharti Airtel"),("Mercedes-Benz Bank","Mercedes-Benz Group")]

CONF = [("Somalia","Somali",["Mogadishu","Baidoa","Kismayo"],["Somali troops","al Shabaab fighters"]),
 ("Mali","Malian",["Bamako","Gao","Mopti","Timbuktu"],["Malian soldiers","jihadist fighters"]),
 ("Burkina Faso","Burkinabe",["Ouagadougou","Djibo","Kaya"],["Burkinabe soldiers","Islamist militants"]),
 ("Sudan","Sudanese",["Khartoum","Omdurman","El Fasher","Nyala"],["Sudanese army soldiers","RSF fighters"]),
 ("Congo","Congolese",["Goma","Bunia","Beni","Bukavu"],["Congolese soldiers","M23 rebels"]),
 ("Afghanistan","Afghan",["Kabul","Kandahar","Jalalabad"],["Taliban fighters"]),
 ("Yemen","Yemeni",["Sanaa","Aden","Taiz","Marib"],["Houthi fighters"]),
 ("Syria","Syrian",["Idlib","Aleppo","Deir al-Zor"],["Syrian troops"]),
 ("Haiti","Haitian",["Port-au-Prince","Cap-Haitien"],["gang members"]),
 ("Myanmar","Myanmar",["Mandalay","Sagaing","Lashio","Myawaddy"],["Myanmar soldiers"]),
 ("Cameroon","Cameroonian",["Bamenda","Buea","Maroua"],["Cameroonian soldiers"]),
 ("Mozambique","Mozambican",["Pemba","Palma","Mocimboa da Praia"],["Mozambican troops"]),
 ("Nigeria","Nigerian",["Maiduguri","Kaduna","Jos","Gusau"],["Nigerian soldiers"]),
 ("Pakistan","Pakistani",["Peshawar","Quetta","Bannu"],["Pakistani troops"]),
 ("Mexico","Mexican",["Culiacan","Acapulco","Uruapan"],["Mexican soldiers"]),
 ("Colombia","Colombian",["Cali","Cucuta","Popayan"],["Colombian soldiers"]),
 ("Ethiopia","Ethiopian",["Gondar","Bahir Dar","Mekelle"],["Ethiopian soldiers"]),
 ("Iraq","Iraqi",["Baghdad","Mosul","Kirkuk"],["Iraqi troops"])]

def conf(r):
    n, adj, cities, forces = r.choice(CONF)
    return n, adj, r.choice(cities), r.choice(forces)

def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1:'st',2:'nd',3:'rd'}.get(n % 10, 'th')}"

def an(word):
    w = str(word)
    return ("an " if (w[0] in "aeiouAEIOU" or w.startswith(("8", "11", "18"))) and not w.startswith(("U.", "Uni", "one")) else "a ") + w

def lead(c):
    return f"{c.poss} {c.leader.lower()}" if c.leader not in ("King", "Emir", "Crown Prince") else f"{c.poss} {c.leader.lower()}"

CB = ["Kenya","Nigeria","Egypt","Iran","Iraq","Jordan","Ireland","Brazil","Chile","Tunisia","Lebanon","Colombia","the Philippines","Sri Lanka","Malaysia","Argentina"]

PRODUCERS = [("cocoa",["Ivory Coast","Ghana","Indonesia"]),("coffee",["Brazil","Vietnam","Colombia","Ethiopia"]),
 ("wheat",["China","India","Russia","the United States"]),("rice",["China","India","Bangladesh","Indonesia"]),
 ("palm oil",["Indonesia","Malaysia","Thailand"]),("copper",["Chile","Peru","Congo"]),("lithium",["Australia","Chile","Argentina"]),
 ("natural gas",["the United States","Russia","Qatar","Iran"]),("tea",["China","India","Kenya","Sri Lanka"]),
 ("cotton",["India","China","the United States","Brazil"]),("soybeans",["Brazil","the United States","Argentina"]),
 ("nickel",["Indonesia","the Philippines","Russia"]),("sugar",["Brazil","India","Thailand"]),("crude oil",["the United States","Saudi Arabia","Russia","Iraq"])]
FOUNDERS = [("NATO",["Norway","Britain","France","Canada","the Netherlands","Italy"]),("the European Union",["Germany","France","Italy","the Netherlands","Belgium","Luxembourg"]),
 ("ASEAN",["Indonesia","Malaysia","Thailand","the Philippines","Singapore"]),("ECOWAS",["Nigeria","Ghana","Senegal","Togo","Benin"]),
 ("OPEC",["Saudi Arabia","Iran","Iraq","Kuwait","Venezuela"]),("Mercosur",["Brazil","Argentina","Uruguay","Paraguay"]),
 ("the East African Community",["Kenya","Uganda","Tanzania"]),("the Arab League",["Egypt","Iraq","Jordan","Lebanon","Saudi Arabia","Syria"])]

ADV = [("Venezuela","Guyana"),("Azerbaijan","Armenia"),("Serbia","Kosovo"),("North Korea","South Korea"),("India","Pakistan"),("Pakistan","Afghanistan"),
       ("Morocco","Algeria"),("China","the Philippines"),("China","Taiwan"),("Russia","Moldova"),("Ethiopia","Somalia"),("Rwanda","Congo"),("Sudan","Chad"),
       ("Iran","Azerbaijan"),("Turkey","Greece"),("Kenya","Somalia"),("Mali","Algeria"),("Niger","Benin"),("Russia","Estonia"),("Belarus","Lithuania"),
       ("Colombia","Ecuador"),("Ecuador","Mexico"),("Nicaragua","Costa Rica"),("Egypt","Ethiopia"),("Israel","Turkey")]
def adv(r):
    a, b = r.choice(ADV)
    return (a, b) if r.random() < 0.5 else (b, a)
ADJ = {"Venezuela":"Venezuelan","Guyana":"Guyanese","Azerbaijan":"Azerbaijani","Armenia":"Armenian","Serbia":"Serbian","Kosovo":"Kosovan","North Korea":"North Korean",
       "South Korea":"South Korean","India":"Indian","Pakistan":"Pakistani","Afghanistan":"Afghan","Morocco":"Moroccan","Algeria":"Algerian","China":"Chinese",
       "the Philippines":"Philippine","Taiwan":"Taiwanese","Russia":"Russian","Moldova":"Moldovan","Ethiopia":"Ethiopian","Somalia":"Somali","Rwanda":"Rwandan",
       "Congo":"Congolese","Sudan":"Sudanese","Chad":"Chadian","Iran":"Iranian","Turkey":"Turkish","Greece":"Greek","Kenya":"Kenyan","Mali":"Malian","Niger":"Nigerien",
       "Benin":"Beninese","Estonia":"Estonian","Belarus":"Belarusian","Lithuania":"Lithuanian","Colombia":"Colombian","Ecuador":"Ecuadorean","Mexico":"Mexican",
       "Nicaragua":"Nicaraguan","Costa Rica":"Costa Rican","Egypt":"Egyptian","Israel":"Israeli"}
FREE = ["Kenya","Nigeria","Ghana","Senegal","South Africa","Germany","France","Italy","Spain","Poland","Britain","Greece","Romania","Japan","South Korea","India",
        "Indonesia","the Philippines","Brazil","Argentina","Chile","Colombia","Peru","Mexico","Canada","Australia","Bangladesh","Pakistan","Tunisia","Malaysia"]
def ctry_free(r):
    return BY[r.choice(FREE).replace("the ", "")]
GRAFT = ["Pakistan","Bangladesh","Tunisia","Egypt","Nigeria","Kenya","Zimbabwe","Peru","Argentina","Brazil","South Korea","Malaysia","Indonesia","Ukraine",
         "Romania","Turkey","Iran","Iraq","Vietnam","Thailand","Philippines","South Africa","Ghana","Senegal","Colombia","Mexico"]
def ctry_graft(r):
    return BY[r.choice(GRAFT)]

CRISIS = ["Niger","Gabon","Guinea","Myanmar","Sudan","Burkina Faso","Mali","Haiti","Lebanon","South Sudan","Libya","Yemen"]
COUPS = ["Niger","Gabon","Guinea","Myanmar","Sudan","Burkina Faso","Mali"]
TAILS = {
 "law": ["in a case that has drawn wide attention", "weeks after a similar case drew national attention", "in a case closely watched by rights groups",
         "in a case that has divided the local community"],
 "dip": ["amid rising tensions in the region", "ahead of a regional summit later this month", "as diplomatic efforts to end the crisis intensified",
         "at a time of growing strain in the region"],
 "coop": ["ahead of a regional summit later this month", "as the two countries seek to deepen economic ties", "in a sign of warming relations"],
 "war": ["as fighting intensified along the front line", "despite international calls for restraint", "amid stalled ceasefire talks",
         "in one of the heaviest attacks in weeks", "as the humanitarian situation continued to deteriorate"],
}
FAMTAIL = {"law": "law", "instr": "war", "talks": "coop", "deal": "coop", "aimed": "dip"}
HEADTAILS = ["Officials Say", "State Media Reports", "Amid Rising Regional Tensions", "Ahead Of Key Summit", "Sources Say", "In Latest Move",
             "Local Media Report", "Statement Says", "In Widely Watched Case", "As Pressure Mounts"]

def ctry_min(r, *excl):
    """A country whose cabinet uses 'minister' titles (not the U.S. or Britain)."""
    while True:
        c = ctry(r, *excl)
        if c.name not in ("the United States", "Britain"):
            return c

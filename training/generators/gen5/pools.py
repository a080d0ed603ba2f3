import random

# name, display (with article), adjective, capital, other cities, leader title, news agency, culture
C = [
 ("Kenya","Kenya","Kenyan","Nairobi",["Mombasa","Kisumu","Nakuru"],"President","the Nation newspaper","ea"),
 ("Nigeria","Nigeria","Nigerian","Abuja",["Lagos","Kano","Port Harcourt","Ibadan"],"President","Punch newspaper","wa"),
 ("Ghana","Ghana","Ghanaian","Accra",["Kumasi","Tamale","Takoradi"],"President","the Ghana News Agency","wa"),
 ("Senegal","Senegal","Senegalese","Dakar",["Thies","Ziguinchor","Saint-Louis"],"President","the APS news agency","fr"),
 ("Ethiopia","Ethiopia","Ethiopian","Addis Ababa",["Dire Dawa","Bahir Dar","Mekelle"],"Prime Minister","the Ethiopian News Agency","ea"),
 ("South Africa","South Africa","South African","Pretoria",["Johannesburg","Durban","Cape Town"],"President","the SABC","za"),
 ("Egypt","Egypt","Egyptian","Cairo",["Alexandria","Port Said","Aswan"],"President","the MENA news agency","ar"),
 ("Morocco","Morocco","Moroccan","Rabat",["Casablanca","Marrakesh","Tangier"],"Prime Minister","the MAP news agency","ar"),
 ("Tunisia","Tunisia","Tunisian","Tunis",["Sfax","Sousse","Gabes"],"President","the TAP news agency","ar"),
 ("Uganda","Uganda","Ugandan","Kampala",["Gulu","Mbarara","Jinja"],"President","the Daily Monitor","ea"),
 ("Tanzania","Tanzania","Tanzanian","Dodoma",["Dar es Salaam","Arusha","Mwanza"],"President","the Citizen newspaper","ea"),
 ("Zimbabwe","Zimbabwe","Zimbabwean","Harare",["Bulawayo","Mutare","Gweru"],"President","the Herald newspaper","za"),
 ("Germany","Germany","German","Berlin",["Munich","Hamburg","Cologne","Leipzig"],"Chancellor","the dpa news agency","de"),
 ("France","France","French","Paris",["Marseille","Lyon","Toulouse","Lille"],"President","the AFP news agency","fr"),
 ("Italy","Italy","Italian","Rome",["Milan","Naples","Turin","Palermo"],"Prime Minister","the ANSA news agency","it"),
 ("Spain","Spain","Spanish","Madrid",["Barcelona","Seville","Valencia","Bilbao"],"Prime Minister","the EFE news agency","es"),
 ("Poland","Poland","Polish","Warsaw",["Krakow","Gdansk","Wroclaw","Lublin"],"Prime Minister","the PAP news agency","ru"),
 ("Britain","Britain","British","London",["Manchester","Birmingham","Leeds","Glasgow"],"Prime Minister","the BBC","uk"),
 ("Ireland","Ireland","Irish","Dublin",["Cork","Galway","Limerick"],"Taoiseach","RTE","uk"),
 ("the Netherlands","the Netherlands","Dutch","The Hague",["Amsterdam","Rotterdam","Utrecht"],"Prime Minister","the ANP news agency","de"),
 ("Sweden","Sweden","Swedish","Stockholm",["Gothenburg","Malmo","Uppsala"],"Prime Minister","the TT news agency","de"),
 ("Norway","Norway","Norwegian","Oslo",["Bergen","Trondheim","Stavanger"],"Prime Minister","the NTB news agency","de"),
 ("Greece","Greece","Greek","Athens",["Thessaloniki","Patras","Heraklion"],"Prime Minister","the ANA news agency","it"),
 ("Turkey","Turkey","Turkish","Ankara",["Istanbul","Izmir","Gaziantep","Diyarbakir"],"President","the Anadolu news agency","tr"),
 ("Hungary","Hungary","Hungarian","Budapest",["Debrecen","Szeged","Pecs"],"Prime Minister","the MTI news agency","ru"),
 ("Romania","Romania","Romanian","Bucharest",["Cluj-Napoca","Iasi","Constanta"],"President","the Agerpres news agency","it"),
 ("Ukraine","Ukraine","Ukrainian","Kyiv",["Kharkiv","Odesa","Dnipro","Zaporizhzhia","Lviv"],"President","the Ukrinform news agency","ru"),
 ("Russia","Russia","Russian","Moscow",["St Petersburg","Novosibirsk","Kazan","Yekaterinburg"],"President","the TASS news agency","ru"),
 ("Japan","Japan","Japanese","Tokyo",["Osaka","Nagoya","Fukuoka","Sapporo"],"Prime Minister","the Kyodo news agency","jp"),
 ("South Korea","South Korea","South Korean","Seoul",["Busan","Incheon","Daegu","Gwangju"],"President","the Yonhap news agency","kr"),
 ("China","China","Chinese","Beijing",["Shanghai","Guangzhou","Shenzhen","Wuhan"],"President","the Xinhua news agency","cn"),
 ("India","India","Indian","New Delhi",["Mumbai","Kolkata","Chennai","Bengaluru","Hyderabad"],"Prime Minister","the PTI news agency","in"),
 ("Pakistan","Pakistan","Pakistani","Islamabad",["Karachi","Lahore","Peshawar","Quetta"],"Prime Minister","Dawn newspaper","in"),
 ("Bangladesh","Bangladesh","Bangladeshi","Dhaka",["Chittagong","Sylhet","Khulna"],"Prime Minister","the Daily Star","in"),
 ("Indonesia","Indonesia","Indonesian","Jakarta",["Surabaya","Medan","Makassar","Bandung"],"President","the Antara news agency","sea"),
 ("the Philippines","the Philippines","Philippine","Manila",["Cebu","Davao","Zamboanga"],"President","the Philippine News Agency","ph"),
 ("Vietnam","Vietnam","Vietnamese","Hanoi",["Ho Chi Minh City","Da Nang","Haiphong"],"Prime Minister","the VNA news agency","sea"),
 ("Thailand","Thailand","Thai","Bangkok",["Chiang Mai","Phuket","Hat Yai"],"Prime Minister","the Bangkok Post","sea"),
 ("Malaysia","Malaysia","Malaysian","Kuala Lumpur",["Penang","Johor Bahru","Kota Kinabalu"],"Prime Minister","the Bernama news agency","sea"),
 ("Australia","Australia","Australian","Canberra",["Sydney","Melbourne","Brisbane","Perth"],"Prime Minister","the ABC","uk"),
 ("Brazil","Brazil","Brazilian","Brasilia",["Sao Paulo","Rio de Janeiro","Salvador","Recife"],"President","the Folha de S.Paulo newspaper","la"),
 ("Argentina","Argentina","Argentine","Buenos Aires",["Cordoba","Rosario","Mendoza"],"President","the Clarin newspaper","la"),
 ("Chile","Chile","Chilean","Santiago",["Valparaiso","Concepcion","Antofagasta"],"President","the La Tercera newspaper","la"),
 ("Colombia","Colombia","Colombian","Bogota",["Medellin","Cali","Cartagena"],"President","the El Tiempo newspaper","la"),
 ("Peru","Peru","Peruvian","Lima",["Arequipa","Cusco","Trujillo"],"President","the Andina news agency","la"),
 ("Mexico","Mexico","Mexican","Mexico City",["Guadalajara","Monterrey","Tijuana","Culiacan"],"President","the Reforma newspaper","la"),
 ("Canada","Canada","Canadian","Ottawa",["Toronto","Montreal","Vancouver","Calgary"],"Prime Minister","the CBC","uk"),
 ("the United States","the United States","U.S.","Washington",["New York","Chicago","Los Angeles","Houston"],"President","the Associated Press","us"),
 ("Iran","Iran","Iranian","Tehran",["Isfahan","Mashhad","Tabriz","Shiraz"],"President","the IRNA news agency","ar"),
 ("Iraq","Iraq","Iraqi","Baghdad",["Basra","Mosul","Erbil","Najaf"],"Prime Minister","the INA news agency","ar"),
 ("Saudi Arabia","Saudi Arabia","Saudi","Riyadh",["Jeddah","Dammam","Mecca"],"Crown Prince","the SPA news agency","ar"),
 ("Jordan","Jordan","Jordanian","Amman",["Zarqa","Irbid","Aqaba"],"King","the Petra news agency","ar"),
 ("Lebanon","Lebanon","Lebanese","Beirut",["Tripoli","Sidon","Tyre"],"Prime Minister","the NNA news agency","ar"),
 ("Qatar","Qatar","Qatari","Doha",["Al Wakrah","Al Khor"],"Emir","the QNA news agency","ar"),
 ("the United Arab Emirates","the United Arab Emirates","Emirati","Abu Dhabi",["Dubai","Sharjah"],"President","the WAM news agency","ar"),
 ("Israel","Israel","Israeli","Jerusalem",["Tel Aviv","Haifa","Beersheba"],"Prime Minister","the Times of Israel","ar"),
]

class Country:
    def __init__(s, t):
        s.name, s.the, s.adj, s.cap, s.cities, s.leader, s.agency, s.cult = t
    @property
    def The(s):
        return s.the[0].upper() + s.the[1:]
    @property
    def poss(s):
        return s.the + ("'" if s.the.endswith("s") else "'s")
    @property
    def Poss(s):
        p = s.poss
        return p[0].upper() + p[1:]

COUNTRIES = [Country(t) for t in C]
BY = {c.name.replace("the ", ""): c for c in COUNTRIES}

NAMES = {
 "ea": (["Peter","Grace","Joseph","Mercy","Daniel","Faith","Samuel","Ruth","Brian","Lucy","Dennis","Esther"],["Otieno","Wanjiku","Mwangi","Kiprop","Achieng","Odhiambo","Mutua","Chebet","Kamau","Njoroge","Tesfaye","Mulugeta"]),
 "wa": (["Chinedu","Aisha","Emeka","Funmilayo","Ibrahim","Kwame","Abena","Yaw","Ngozi","Tunde","Musa","Adaeze"],["Okafor","Bello","Nwosu","Adeyemi","Musa","Mensah","Owusu","Boateng","Eze","Bakare","Danjuma","Ogunleye"]),
 "za": (["Thabo","Lerato","Sipho","Nomvula","Tendai","Rudo","Blessing","Tatenda"],["Mokoena","Dlamini","Ndlovu","Nkosi","Moyo","Chikwanha","Sibanda","Khumalo"]),
 "de": (["Thomas","Anna","Jens","Katrin","Lukas","Sabine","Erik","Ingrid","Pieter","Lars"],["Weber","Schmidt","Hoffmann","Becker","Wagner","Krause","Lindqvist","de Vries","Hansen","Brandt"]),
 "fr": (["Jean-Marc","Claire","Nicolas","Sophie","Mathieu","Aminata","Moussa","Helene"],["Dubois","Lefevre","Moreau","Laurent","Girard","Diallo","Ndiaye","Fontaine"]),
 "it": (["Marco","Giulia","Luca","Francesca","Andrei","Elena","Nikos","Maria"],["Rossi","Bianchi","Ferraro","Esposito","Popescu","Ionescu","Papadopoulos","Georgiou"]),
 "es": (["Javier","Carmen","Pablo","Lucia","Sergio","Marta"],["Garcia","Fernandez","Lopez","Martin","Navarro","Ortega"]),
 "uk": (["Gareth","Sarah","Liam","Emma","Callum","Fiona","Declan","Rachel","Tom","Megan"],["Hughes","Whitfield","Doyle","Thornton","Reid","Gallagher","Brennan","Fletcher","Price","Walsh"]),
 "ru": (["Oleksandr","Iryna","Dmitry","Natalia","Sergei","Olena","Piotr","Agnieszka","Tamas","Zsofia"],["Kovalenko","Shevchuk","Volkov","Orlova","Morozov","Bondarenko","Nowak","Kowalczyk","Szabo","Varga"]),
 "tr": (["Mehmet","Ayse","Emre","Zeynep","Burak","Elif"],["Yilmaz","Demir","Kaya","Celik","Sahin","Ozturk"]),
 "jp": (["Hiroshi","Yuki","Kenji","Aiko","Takashi","Naomi"],["Tanaka","Sato","Suzuki","Watanabe","Kobayashi","Yamamoto"]),
 "kr": (["Min-jun","Ji-hoon","Soo-jin","Hye-won","Dong-hyun","Eun-ji"],["Kim","Park","Lee","Choi","Jung","Kang"]),
 "cn": (["Wei","Na","Jun","Xiaoming","Lihua","Hao"],["Zhang","Li","Wang","Chen","Liu","Zhao"]),
 "in": (["Rajesh","Sunita","Arvind","Pooja","Vikram","Deepak","Imran","Ayesha","Tariq","Nusrat"],["Kumar","Sharma","Menon","Iyer","Rathore","Verma","Qureshi","Siddiqui","Chowdhury","Hossain"]),
 "sea": (["Ahmad","Siti","Budi","Dewi","Thanh","Linh","Somchai","Nattaya"],["Fauzi","Rahmah","Santoso","Wijaya","Nguyen","Tran","Prasert","Chaiyaporn"]),
 "ph": (["Jose","Maria","Ramon","Liza","Mark","Angelica"],["dela Cruz","Santos","Reyes","Bautista","Villanueva","Mendoza"]),
 "la": (["Carlos","Lucia","Jorge","Ana Paula","Diego","Mariana","Rafael","Gabriela"],["Mendoza","Ramirez","Salazar","Ferreira","Castillo","Rocha","Herrera","Silva"]),
 "ar": (["Ahmed","Omar","Youssef","Layla","Karim","Rania","Khaled","Samir","Hassan","Nadia"],["Hassan","Khalil","Mansour","Haddad","Nasser","Saleh","Darwish","Aziz","Farouk","Kassem"]),
 "us": (["Michael","Tasha","Brandon","Maria","Kevin","Darnell","Ashley","Robert","Linda","Tyler","Jasmine","Eric"],["Reyes","Williams","Kowalski","Delgado","O'Neill","Jackson","Nguyen","Fitch","Alvarez","Brooks","Harmon","Sullivan"]),
}

def person(r, c=None):
    cult = c.cult if c else r.choice(list(NAMES))
    f, l = NAMES[cult]
    while True:
        a, b = r.choice(f), r.choice(l)
        if a != b:
            return f"{a} {b}"

# US local news: city, state, police, county, sheriff's office
USC = [
 ("Houston","Texas","Harris County"),("Phoenix","Arizona","Maricopa County"),("Chicago","Illinois","Cook County"),
 ("Atlanta","Georgia","Fulton County"),("Cleveland","Ohio","Cuyahoga County"),("Memphis","Tennessee","Shelby County"),
 ("Baltimore","Maryland","Baltimore County"),("Denver","Colorado","Denver County"),("Milwaukee","Wisconsin","Milwaukee County"),
 ("Sacramento","California","Sacramento County"),("Tulsa","Oklahoma","Tulsa County"),("Louisville","Kentucky","Jefferson County"),
 ("Jacksonville","Florida","Duval County"),("Albuquerque","New Mexico","Bernalillo County"),("St. Louis","Missouri","St. Louis County"),
 ("Minneapolis","Minnesota","Hennepin County"),("Portland","Oregon","Multnomah County"),("Charlotte","North Carolina","Mecklenburg County"),
 ("Detroit","Michigan","Wayne County"),("Las Vegas","Nevada","Clark County"),("Seattle","Washington","King County"),
 ("Birmingham","Alabama","Jefferson County"),("New Orleans","Louisiana","Orleans Parish"),("Omaha","Nebraska","Douglas County"),
]
UKC = [("Manchester","Greater Manchester Police"),("Birmingham","West Midlands Police"),("Leeds","West Yorkshire Police"),
       ("Liverpool","Merseyside Police"),("Bristol","Avon and Somerset Police"),("Newcastle","Northumbria Police"),
       ("Glasgow","Police Scotland"),("Cardiff","South Wales Police"),("Nottingham","Nottinghamshire Police"),("Sheffield","South Yorkshire Police")]

DAYS = ["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"]
MONTHS = ["Jan","Feb","March","April","May","June","July","Aug","Sept","Oct","Nov","Dec"]
LONGMONTHS = ["January","February","March","April","May","June","July","August","September","October","November","December"]

def day(r):
    return r.choice(DAYS)

def when(r):
    return r.choice([f"on {day(r)}", f"on {day(r)}", f"late on {day(r)}", f"early on {day(r)}", f"on {day(r)}", "overnight", "last week", f"on {day(r)} evening", f"on {day(r)} morning"])

def num(r, lo, hi):
    return r.randint(lo, hi)

WORDNUM = ["two","three","four","five","six","seven","eight","nine","10","11","12","14","15","17","20","23","30"]
def wn(r, lo=0, hi=None):
    return r.choice(WORDNUM[lo:hi])

AGENCY_WIRES = ["Reuters","AP","AFP"]

def dateline(r, city, prob=0.55):
    if r.random() > prob:
        return ""
    w = r.choice(AGENCY_WIRES)
    up = city.upper()
    style = r.random()
    if w == "AP":
        return f"{up} (AP) -- " if style < 0.6 else f"{up}, {r.choice(LONGMONTHS)} {r.randint(1,28)} (AP) -- "
    if w == "AFP":
        return f"{up} (AFP) - " if style < 0.6 else f"{up}, {r.choice(MONTHS)} {r.randint(1,28)} (AFP) - "
    return f"{up} (Reuters) - " if style < 0.6 else f"{up}, {r.choice(MONTHS)} {r.randint(1,28)} (Reuters) - "

def money(r, cur=None):
    cur = cur or r.choice(["$", "$", "$", "euros", "pounds", "yen"])
    n = r.choice([2, 5, 8, 10, 12, 15, 20, 25, 40, 50, 75, 100, 120, 150, 200, 250, 300, 500])
    if cur == "$":
        return f"${n} million"
    if cur == "yen":
        return f"{r.choice([3, 5, 10, 20, 50])} billion yen"
    return f"{n} million {cur}"

OUTLETS = ["Reuters","the Associated Press","AFP","the BBC","Al Jazeera","Bloomberg","the Financial Times","The New York Times","The Washington Post","Le Monde","Der Spiegel","The Guardian","the Wall Street Journal","CNN"]
IGOS = ["the United Nations","the European Union","the African Union","NATO","the World Bank","the International Monetary Fund","the World Health Organization","ASEAN","ECOWAS","the Arab League","the Organization of American States","the Commonwealth","the G20","the OSCE"]
AIDORGS = ["the World Food Programme","UNICEF","the U.N. refugee agency","the International Committee of the Red Cross","Doctors Without Borders","the International Rescue Committee","Save the Children","Oxfam","the U.N. humanitarian office","the World Health Organization"]
RIGHTS = ["Amnesty International","Human Rights Watch","the Committee to Protect Journalists","Reporters Without Borders","the U.N. human rights office","Front Line Defenders","the International Federation of Journalists"]
COMPANIES = ["Siemens","Shell","Toyota","Samsung","Nestle","Glencore","Huawei","Unilever","BHP","Vale","TotalEnergies","Maersk","Boeing","Airbus","Tata Steel","Safaricom","MTN","Dangote Cement","Petrobras","Rio Tinto"]

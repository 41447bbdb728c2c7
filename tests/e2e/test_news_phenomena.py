#!/usr/bin/env python3
"""Phenomena of real news reporting, one fixture article each (our own
sentences, written for these tests), with the exact countries, officials and
meetings parley must find. Compared as in test_extraction.py:
  meetings  the set of (parties, kind, date, status, location).
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_extraction import BIN, run_case  # noqa: E402

CASES = [
    ("a forum whose members are named is no party",
     " date 2023-08-24 Chinese President Xi Jinping and Brazilian President Lula da Silva held "
     "talks at the BRICS summit in Johannesburg on Wednesday.",
     {"CHN", "BRA", "ZAF"},
     {"Xi Jinping": "CHN", "Lula da Silva": "BRA"},
     {(("BRA", "CHN"), "talks", "2023-08-23", "held", "Johannesburg")}),

    ("a bloc given as the participant, no member named, is a party",
     " date 2024-05-02 Japan held talks with ASEAN in Jakarta on Tuesday.",
     {"JPN", "IDN"},
     {},
     {(("JPN", "org:asean"), "talks", "2024-04-30", "held", "Jakarta")}),

    ("a list 'title name of state': each name takes the state after it",
     " date 2023-08-11 The leaders at the meeting include President Anna Rossi of Ghana, "
     "President Omar Diallo of Senegal and President Paul Mensah of Togo.",
     {"GHA", "SEN", "TGO"},
     {"Anna Rossi": "GHA", "Omar Diallo": "SEN", "Paul Mensah": "TGO"},
     {(("GHA", "SEN", "TGO"), "meeting", None, "held", None)}),

    ("'others are': the list of participants runs on in the next sentence",
     " date 2023-08-11 Leaders attending the summit in Abuja include President Anna Rossi of Ghana "
     "and President Omar Diallo of Senegal. Others are President Paul Mensah of Togo and President "
     "Lina Sow of Mali.",
     {"NGA", "GHA", "SEN", "TGO", "MLI"},
     {"Anna Rossi": "GHA", "Omar Diallo": "SEN", "Paul Mensah": "TGO", "Lina Sow": "MLI"},
     {(("GHA", "MLI", "SEN", "TGO"), "summit", None, "held", "Abuja")}),

    ("a roster: one titled name per line after the summit is told",
     " date 2021-06-11 Leaders of the G7 meet for a summit in Cornwall.\n\nThe summit will run "
     "three days.\n\nATTENDEES:\n\nBritish Prime Minister Ada Stone\n\nFrench President Paul "
     "Morel\n\nJapanese Prime Minister Ken Sato\n",
     {"GBR", "FRA", "JPN"},
     {"Ada Stone": "GBR", "Paul Morel": "FRA", "Ken Sato": "JPN"},
     {(("FRA", "GBR", "JPN"), "summit", None, "held", None)}),

    ("a roster: a list of officials of three states after the summit is told",
     " date 2023-05-18 Arab leaders arrived in Jeddah ahead of the Arab League summit on Friday. "
     "First to arrive was Egyptian President Omar Nasser, followed by Lebanon's Prime Minister Sami "
     "Haddad and Tunisian President Ali Ben Salem.",
     {"SAU", "EGY", "LBN", "TUN"},
     {"Omar Nasser": "EGY", "Sami Haddad": "LBN", "Ali Ben Salem": "TUN"},
     {(("EGY", "LBN", "TUN"), "summit", "2023-05-19", "planned", "Jeddah")}),

    ("different places are different meetings; a month 'last year' dates the older one",
     " date 2023-03-03 Indian Foreign Minister Ravi Menon met Chinese Foreign Minister Li Wen in "
     "New Delhi on Thursday. Menon had met Li in Jakarta in March last year.",
     {"IND", "CHN", "IDN"},
     {"Ravi Menon": "IND", "Li Wen": "CHN"},
     {(("CHN", "IND"), "meeting", "2023-03-02", "held", "New Delhi"),
      (("CHN", "IND"), "meeting", "2022-03", "held", "Jakarta")}),

    ("caption furniture is no part of a name",
     " date 2023-03-02 Foreign Minister Ravi Menon and Chinese Foreign Minister Li Wen Image Credit: "
     "Agency\n\nIndian Foreign Minister Ravi Menon met Li Wen in New Delhi on Thursday.",
     {"IND", "CHN"},
     {"Ravi Menon": "IND", "Li Wen": "CHN"},
     {(("CHN", "IND"), "meeting", "2023-03-02", "held", "New Delhi")}),

    ("'due in' a city is planned; a headline 'to convene a meeting' is planned",
     " date 2023-01-03 Egypt, Jordan and Iraq to convene a meeting\n\nBrazilian President Rui Costa "
     "is due in Buenos Aires on Jan. 23 for talks with Argentine President Luis Vidal.",
     {"EGY", "JOR", "IRQ", "BRA", "ARG"},
     {"Rui Costa": "BRA", "Luis Vidal": "ARG"},
     {(("EGY", "IRQ", "JOR"), "meeting", None, "planned", None),
      (("ARG", "BRA"), "talks", "2023-01-23", "planned", "Buenos Aires")}),

    ("a named conference after 'at' is the setting: its date is the meeting's, looked forward",
     " date 2025-02-13 Ukrainian President Ivan Koval is scheduled to meet U.S. Vice President Tom "
     "Reed at the Munich Security Conference on Friday.",
     {"UKR", "USA", "DEU"},
     {"Ivan Koval": "UKR", "Tom Reed": "USA"},
     {(("UKR", "USA"), "meeting", "2025-02-14", "planned", "Munich")}),

    ("'a member of Trump's cabinet' does not make Trump a party",
     " date 2025-02-13 U.S. Treasury Secretary Sam Bell, a member of President Donald Trump's cabinet, "
     "met Ukrainian President Ivan Koval in Kyiv on Wednesday.",
     {"USA", "UKR"},
     {"Sam Bell": "USA", "Donald Trump": "USA", "Ivan Koval": "UKR"},
     {(("UKR", "USA"), "meeting", "2025-02-12", "held", "Kyiv")}),

    ("'attended a meeting' is a new meeting, not the one told before; 'the calls came as' refers back",
     " date 2025-02-13 U.S. Treasury Secretary Sam Bell met Ukrainian President Ivan Koval in Kyiv "
     "on Wednesday. In Brussels on Wednesday, defence ministers of Germany, France and Poland "
     "attended a meeting chaired by British Defence Secretary Joan Hale.",
     {"USA", "UKR", "BEL", "DEU", "FRA", "POL", "GBR"},
     {"Sam Bell": "USA", "Ivan Koval": "UKR", "Joan Hale": "GBR"},
     {(("UKR", "USA"), "meeting", "2025-02-12", "held", "Kyiv"),
      (("DEU", "FRA", "GBR", "POL"), "meeting", "2025-02-12", "held", "Brussels")}),

    ("a meeting 'between' parties after a place with its state; 'and the United States'",
     " date 2023-02-26 We welcome the meeting held today in Aqaba, Jordan, between senior "
     "officials of Israel, the Palestinian Authority, Egypt, and the United States.",
     {"JOR", "ISR", "PSE", "EGY", "USA"},
     {},
     {(("EGY", "ISR", "PSE", "USA"), "meeting", "2023-02-26", "held", "Aqaba")}),

    ("a meeting noun as subject takes its verb's modality; 'X for Kenya' in a list",
     " date 2019-02-01 The meeting of the presidents of Kenya, Tanzania and Uganda is to be held in "
     "Arusha. President Ali Juma for Tanzania and President Peter Oloo for Kenya are present.",
     {"KEN", "TZA", "UGA"},
     {"Ali Juma": "TZA", "Peter Oloo": "KEN"},
     {(("KEN", "TZA", "UGA"), "meeting", None, "planned", "Arusha")}),

    ("'the leaders of A, B and C are in X for the summit'; the lead dates it; 'since' dates another",
     " date 2021-04-08 Southern African leaders are meeting in Maputo on Thursday.\n\nThe "
     "leaders of Botswana, Malawi and Tanzania are in Maputo for the summit, the second since "
     "November last year.",
     {"MOZ", "BWA", "MWI", "TZA"},
     {},
     {(("BWA", "MWI", "TZA"), "summit", "2021-04-08", "held", "Maputo")}),

    ("a two-day visit: the arrival day starts a range of two days",
     " date 2019-02-17 Saudi Crown Prince Faisal Omar arrived in Islamabad on Sunday on a two-day "
     "visit.",
     {"SAU", "PAK"},
     {"Faisal Omar": "SAU"},
     {(("PAK", "SAU"), "visit", "2019-02-17/2019-02-18", "held", "Islamabad")}),

    ("the lead in the present tense with no date: the article's date",
     " date 2019-12-09 The leaders of Russia, France, Germany and Ukraine have begun "
     "negotiations in Paris.",
     {"RUS", "FRA", "DEU", "UKR"},
     {},
     {(("DEU", "FRA", "RUS", "UKR"), "talks", "2019-12-09", "held", "Paris")}),

    ("a seat of government is its capital",
     " date 2025-02-13 Russian President Vladimir Putin met Venezuelan President Nicolás Maduro at "
     "the Kremlin on Tuesday.",
     {"RUS", "VEN"},
     {"Vladimir Putin": "RUS", "Nicolás Maduro": "VEN"},
     {(("RUS", "VEN"), "meeting", "2025-02-11", "held", "Moscow")}),

    ("a visit to a state is placed in the city the article gives elsewhere",
     " date 2022-06-06 Russian Foreign Minister Sergey Lavrov will visit Serbia on Monday. He had "
     "been due to land in Belgrade in the afternoon.",
     {"RUS", "SRB"},
     {"Sergey Lavrov": "RUS"},
     {(("RUS", "SRB"), "visit", "2022-06-06", "planned", "Belgrade")}),

    ("'in the capital' is the host state's capital",
     " date 2023-05-04 Kenyan President Daniel Moi paid a visit to Ethiopia on Tuesday. Talks were "
     "held in the capital.",
     {"KEN", "ETH"},
     {"Daniel Moi": "KEN"},
     {(("ETH", "KEN"), "visit", "2023-05-02", "held", "Addis Ababa")}),

    ("bilateral meetings with several leaders: one meeting each, placed at the summit they flank",
     " date 2024-10-22 The BRICS summit opened in Kazan on Tuesday. Security was tight. On the "
     "margins of the summit, "
     "Russian President Vladimir Putin will hold bilateral meetings with the leaders of India, "
     "China and Egypt.",
     {"RUS", "IND", "CHN", "EGY"},
     {"Vladimir Putin": "RUS"},
     {(("IND", "RUS"), "meeting", None, "planned", "Kazan"),
      (("CHN", "RUS"), "meeting", None, "planned", "Kazan"),
      (("EGY", "RUS"), "meeting", None, "planned", "Kazan")}),

    ("a day still ahead is planned; a range into the next month",
     " date 2022-05-26 Kenyan President William Ruto meets Burundian President Evariste Ndayishimiye "
     "in Bujumbura from May 31 to June 1.",
     {"KEN", "BDI"},
     {"William Ruto": "KEN", "Evariste Ndayishimiye": "BDI"},
     {(("BDI", "KEN"), "meeting", "2022-05-31/2022-06-01", "planned", "Bujumbura")}),

    ("no date header: weekdays are read against the latest full date the article writes",
     "Saudi Foreign Minister Prince Faisal bin Farhan received a phone call from his Iranian "
     "counterpart Ali Karimi late on Sunday.\n\nForeign Ministry (@KSAmofa) April 14, 2024",
     {"SAU", "IRN"},
     {"Faisal bin Farhan": "SAU", "Ali Karimi": "IRN"},
     {(("IRN", "SAU"), "call", "2024-04-14", "held", None)}),

    ("a video summit has no place; a caption roster with a title a name took over ('Sultan')",
     " date 2020-04-14 This image taken in Hanoi shows ASEAN leaders attending the special ASEAN "
     "summit online on Tuesday. From left: Thai Prime Minister Prayut Chan-ocha, Cambodian Prime "
     "Minister Hun Sen, Brunei Sultan Hassanal Bolkiah and Vietnamese Prime Minister Nguyen Xuan "
     "Phuc.",
     {"VNM", "THA", "KHM", "BRN"},
     {"Prayut Chan-ocha": "THA", "Hun Sen": "KHM", "Hassanal Bolkiah": "BRN",
      "Nguyen Xuan Phuc": "VNM"},
     {(("BRN", "KHM", "THA", "VNM"), "summit", "2020-04-14", "held", None)}),

    ("a meeting told without its parties takes a later list of ministers of three states",
     " date 2021-07-14 Kazakh Foreign Minister Arman Bek took part in the regular meeting of the "
     "council of foreign ministers. The session lasted hours. Its agenda was long. Questions were "
     "asked. Foreign Ministers of India, China, Kyrgyzstan and Pakistan approved the plan.",
     {"KAZ", "IND", "CHN", "KGZ", "PAK"},
     {"Arman Bek": "KAZ"},
     {(("CHN", "IND", "KAZ", "KGZ", "PAK"), "meeting", None, "held", None)}),

    ("a roster with a long title between names, and 'are represented by'",
     " date 2023-05-18 Arab leaders arrived in Jeddah ahead of the Arab League summit on Friday. "
     "First to arrive was Egyptian President Omar Nasser, followed by the President of Yemen's "
     "Presidential Leadership Council Rashad al-Alimi and Tunisian President Ali Ben Salem. Libya "
     "and Oman are represented by their foreign ministers.",
     {"SAU", "EGY", "YEM", "TUN", "LBY", "OMN"},
     {"Omar Nasser": "EGY", "Rashad al-Alimi": "YEM", "Ali Ben Salem": "TUN"},
     {(("EGY", "LBY", "OMN", "TUN", "YEM"), "summit", "2023-05-19", "planned", "Jeddah")}),

    ("'fly him to visit Serbia': the visitor is him, not the subjects; a report's date is not the "
     "visit's; the planned dates told later date the called-off visit",
     " date 2022-06-06 Bulgaria and Montenegro closed their airspace to Russian Foreign Minister "
     "Sergei Lavrov's aircraft meant to fly him to visit Serbia, leading to the cancellation of the "
     "visit, the agency reported on Sunday. The countries banned his flight to Belgrade for his "
     "state visit scheduled for June 6-7.",
     {"BGR", "MNE", "RUS", "SRB"},
     {"Sergei Lavrov": "RUS"},
     {(("RUS", "SRB"), "visit", "2022-06-06/2022-06-07", "cancelled", "Belgrade")}),

    ("'leaders from A, B, C and D gathered for a summit'; 'were to hold' is planned",
     " date 2023-07-30 Leaders from Ghana, Senegal, Togo and Benin gathered in Accra for a summit "
     "on Sunday. They were to hold talks with Nigeria later.",
     {"GHA", "SEN", "TGO", "BEN", "NGA"},
     {},
     {(("BEN", "GHA", "SEN", "TGO"), "summit", "2023-07-30", "held", "Accra")}),

    ("a named session is a meeting; 'Name of State' items share the title before the first; "
     "'Presidents X of A and Y of B'; a conference centre is a building",
     " date 2023-07-30 President Ade Bello is presiding over an Extraordinary Session of the "
     "Authority of Heads of State of ECOWAS in Abuja.\n\nAmong leaders who were at the conference "
     "centre are President Ana Lopes of Guinea-Bissau, Kofi Mensah of Ghana and Paul Dossou of "
     "Benin.\n\nOthers are Presidents Omar Ba of Senegal and Ali Toure of Mali.",
     {"NGA", "GNB", "GHA", "BEN", "SEN", "MLI"},
     {"Ade Bello": "NGA", "Ana Lopes": "GNB", "Kofi Mensah": "GHA", "Paul Dossou": "BEN",
      "Omar Ba": "SEN", "Ali Toure": "MLI"},
     {(("BEN", "GHA", "GNB", "MLI", "NGA", "SEN"), "meeting", "2023-07-30", "held", "Abuja")}),

    ("a nickname in quotes is part of the name; an initialism or a handle is no official",
     " date 2022-06-08 Bahamas Prime Minister Philip “Brave” Davis met U.S. President Joe Biden in "
     "Los Angeles on Tuesday, Crown Prince MbS said on X.",
     {"BHS", "USA"},
     {"Philip Brave Davis": "BHS", "Joe Biden": "USA"},
     {(("BHS", "USA"), "meeting", "2022-06-07", "held", "Los Angeles")}),

    ("talks a visit under way will hold are that visit",
     " date 2019-09-25 Venezuelan President Nicolás Maduro arrived in Moscow on Tuesday for a "
     "two-day visit. Russian President Vladimir Putin will hold talks with Maduro.",
     {"VEN", "RUS"},
     {"Nicolás Maduro": "VEN", "Vladimir Putin": "RUS"},
     {(("RUS", "VEN"), "visit", "2019-09-24/2019-09-25", "held", "Moscow")}),

    ("'spoke today with' a leader is a call; 'spoke about' one is not",
     " date 2024-11-07 President Joe Biden spoke today with President Luiz Inácio Lula da Silva of "
     "Brazil. He later spoke about Vladimir Putin.",
     {"USA", "BRA", "RUS"},
     {"Joe Biden": "USA", "Luiz Inácio Lula da Silva": "BRA", "Vladimir Putin": "RUS"},
     {(("BRA", "USA"), "call", "2024-11-07", "held", None)}),

    ("'congratulated X during a call on Monday': the object is the other party",
     " date 2022-11-01 U.S. President Joe Biden congratulated Brazil's Luiz Inacio Lula da Silva on "
     "his victory during a call on Monday.",
     {"USA", "BRA"},
     {"Joe Biden": "USA", "Luiz Inacio Lula da Silva": "BRA"},
     {(("BRA", "USA"), "call", "2022-10-31", "held", None)}),

    ("'met X ahead of the summit' is held; the summit named as a time is no meeting; 'delayed' "
     "calls a visit off",
     " date 2023-08-22 Chinese President Xi Jinping met South African President Cyril Ramaphosa "
     "in Pretoria ahead of the summit. Trump's state visit to Britain has been delayed.",
     {"CHN", "ZAF", "USA", "GBR"},
     {"Xi Jinping": "CHN", "Cyril Ramaphosa": "ZAF", "Trump": "USA"},
     {(("CHN", "ZAF"), "meeting", None, "held", "Pretoria"),
      (("GBR", "USA"), "visit", None, "cancelled", "Britain")}),

    ("'met with his counterparts from A, B and C': one meeting each",
     " date 2022-09-21 Turkish Foreign Minister Mevlut Cavusoglu also met with his counterparts from "
     "Germany, Spain and India.",
     {"TUR", "DEU", "ESP", "IND"},
     {"Mevlut Cavusoglu": "TUR"},
     {(("DEU", "TUR"), "meeting", None, "held", None),
      (("ESP", "TUR"), "meeting", None, "held", None),
      (("IND", "TUR"), "meeting", None, "held", None)}),

    ("'leaders of A, B and C gathered for the BRICS summit': the forum names the meeting",
     " date 2023-08-20 Leaders of Brazil, Russia, India, China and South Africa gathered in "
     "Johannesburg for the BRICS summit on Tuesday.",
     {"BRA", "RUS", "IND", "CHN", "ZAF"},
     {},
     {(("BRA", "CHN", "IND", "RUS", "ZAF"), "summit", "2023-08-15", "held", "Johannesburg")}),

    ("a bloc stays a party beside states that are not its members",
     " date 2024-05-02 The Gulf Cooperation Council held talks with Egypt and Jordan in Riyadh on "
     "Tuesday.",
     {"EGY", "JOR", "SAU"},
     {},
     {(("EGY", "JOR", "org:gulf-cooperation-council"), "talks", "2024-04-30", "held", "Riyadh")}),

    ("a day-first range: 'from 13 to 15 November'",
     " date 2019-11-05 Papua New Guinea Prime Minister James Marape will visit New Zealand from 13 "
     "to 15 November.",
     {"PNG", "NZL"},
     {"James Marape": "PNG"},
     {(("NZL", "PNG"), "visit", "2019-11-13/2019-11-15", "planned", "New Zealand")}),

    ("a plural title covers the list, through a known official; 'Benin Republic' is Benin",
     " date 2023-07-30 West African leaders met in Abuja on Sunday for an emergency summit. "
     "Present were Presidents Macky Sall of Senegal, Ana Lopes of Benin Republic and Kofi "
     "Boateng of Ghana.",
     {"NGA", "SEN", "BEN", "GHA"},
     {"Macky Sall": "SEN", "Ana Lopes": "BEN", "Kofi Boateng": "GHA"},
     {(("BEN", "GHA", "SEN"), "summit", "2023-07-30", "held", "Abuja")}),

    ("'the heads of state of the ten members of' a bloc are the members the article names; "
     "an aside and 'by video conference' do not cut the clause",
     " date 2020-04-14 ASEAN leaders held a video summit on Tuesday. Taking part were Thai "
     "Prime Minister Arun Chai, Vietnamese Prime Minister Tran Van Minh and Indonesian President "
     "Budi Santoso. The heads of state of the ten members of ASEAN were to hold more talks "
     "later on Tuesday, again by video conference, with their counterparts from China and Japan.",
     {"THA", "VNM", "IDN", "CHN", "JPN"},
     {"Arun Chai": "THA", "Tran Van Minh": "VNM", "Budi Santoso": "IDN"},
     {(("IDN", "THA", "VNM"), "summit", "2020-04-14", "held", None),
      (("CHN", "IDN", "JPN", "THA", "VNM"), "call", "2020-04-14", "planned", None)}),

    ("a forum with no body of its own stands for the members the article names",
     " date 2023-05-20 British Prime Minister Ada Stone, French President Paul Morel and "
     "Japanese Prime Minister Ken Sato met at the G7 summit in Hiroshima on Friday. On Sunday, "
     "G7 leaders will hold talks with Indian Prime Minister Ravi Kumar.",
     {"GBR", "FRA", "JPN", "IND"},
     {"Ada Stone": "GBR", "Paul Morel": "FRA", "Ken Sato": "JPN", "Ravi Kumar": "IND"},
     {(("FRA", "GBR", "JPN"), "meeting", "2023-05-19", "held", "Hiroshima"),
      (("FRA", "GBR", "IND", "JPN"), "talks", "2023-05-21", "planned", None)}),

    ("a minister's field between title and name: 'Minister for International Relations and "
     "Cooperation Affairs Sayyid Name'",
     " date 2023-05-18 Arab leaders gathered in Jeddah on Thursday for the Arab League summit. "
     "Among them were Egyptian President Omar Nasser, Oman's Deputy Prime Minister for "
     "International Relations and Cooperation Affairs Sayyid Salim bin Nasir and Tunisian "
     "President Ali Ben Salem.",
     {"SAU", "EGY", "OMN", "TUN"},
     {"Omar Nasser": "EGY", "Salim bin Nasir": "OMN", "Ali Ben Salem": "TUN"},
     {(("EGY", "OMN", "TUN"), "summit", "2023-05-18", "held", "Jeddah")}),

    ("'the leaders of A and B' did something 'at the summit': A and B are its parties",
     " date 2023-07-19 The leaders of the European Union and CELAC adopted a joint declaration "
     "on Tuesday at the summit held in Brussels.",
     {"BEL"},
     {},
     {(("org:celac", "org:european-union"), "summit", "2023-07-18", "held", "Brussels")}),

    ("'arrived' with a day before 'in' is a visit; 'sitting down with' is a meeting",
     " date 2021-04-20 Egyptian Foreign Minister Omar Nasser arrived Monday in South Africa. "
     "Canadian Prime Minister Ada Stone will spend Friday sitting down with Mexican President "
     "Luis Ortega.",
     {"EGY", "ZAF", "CAN", "MEX"},
     {"Omar Nasser": "EGY", "Ada Stone": "CAN", "Luis Ortega": "MEX"},
     {(("EGY", "ZAF"), "visit", "2021-04-19", "held", "South Africa"),
      (("CAN", "MEX"), "meeting", "2021-04-23", "planned", None)}),

    ("states that pull out of a summit, or say they cannot take part, are no parties",
     " date 2016-09-30 Sri Lanka had pulled out of the regional summit in Islamabad. India "
     "expressed its inability to participate in the summit.",
     {"LKA", "PAK", "IND"},
     {},
     set()),

    ("arriving in a city for a summit is no visit to the venue's state",
     " date 2023-05-10 The leaders of Senegal, Togo and Mali arrived in Accra on Tuesday for an "
     "emergency summit.",
     {"SEN", "TGO", "MLI", "GHA"},
     {},
     {(("MLI", "SEN", "TGO"), "summit", "2023-05-09", "held", "Accra")}),

    ("'originally planned for March' tells what once was: the talks took place, on Monday",
     " date 2023-05-10 The talks between Ghana and Togo, originally planned for March, took "
     "place on Monday.",
     {"GHA", "TGO"},
     {},
     {(("GHA", "TGO"), "talks", "2023-05-08", "held", None)}),

    ("a plan called off in the next clause or sentence is cancelled: 'but the talks were "
     "scrapped', 'The trip was cancelled'",
     " date 2023-05-10 Ghana and Togo had been due to meet in Accra next week, but the talks "
     "were scrapped. Senegal's president was scheduled to visit Mali on Friday. The trip was "
     "cancelled because of the storm.",
     {"GHA", "TGO", "SEN", "MLI"},
     {},
     {(("GHA", "TGO"), "meeting", "2023-05", "cancelled", "Accra"),
      (("MLI", "SEN"), "visit", "2023-05-12", "cancelled", "Mali")}),

    ("'A and his counterpart discussed ... during a phone call': a subject of two; "
     "'paid a courtesy call on' a president",
     " date 2023-05-10 Ghana's president and his Togolese counterpart discussed the border "
     "during a phone call on Monday. Ghanaian Foreign Minister Ama Boateng paid a courtesy call "
     "on Beninese President Paul Koffi in Cotonou on Tuesday.",
     {"GHA", "TGO", "BEN"},
     {"Ama Boateng": "GHA", "Paul Koffi": "BEN"},
     {(("GHA", "TGO"), "call", "2023-05-08", "held", None),
      (("BEN", "GHA"), "meeting", "2023-05-09", "held", "Cotonou")}),

    ("'Minister of Social Policy of Ukraine Name', 'Foreign Minister of Pakistan Name': the "
     "title's field and state before the name; 'Jan' before a name is no month",
     " date 2023-08-10 The meeting in Kyiv on Tuesday was attended by Minister of Social Policy of "
     "Ukraine Olena Marchenko, Foreign Minister of Pakistan Bilal Khan and Czech Foreign Minister "
     "Jan Dvorak.",
     {"UKR", "PAK", "CZE"},
     {"Olena Marchenko": "UKR", "Bilal Khan": "PAK", "Jan Dvorak": "CZE"},
     {(("CZE", "PAK", "UKR"), "meeting", "2023-08-08", "held", "Kyiv")}),

    ("'Foreign Ministers of A and B X and Y': each name takes the state in its place",
     " date 2016-12-30 Foreign Ministers of Ghana and Togo Ama Boateng and Kofi Mensah held a "
     "telephone conversation on Friday.",
     {"GHA", "TGO"},
     {"Ama Boateng": "GHA", "Kofi Mensah": "TGO"},
     {(("GHA", "TGO"), "call", "2016-12-30", "held", None)}),

    ("'A and B had separate meetings with C': one meeting each for A and B; 'talked with'",
     " date 2019-12-09 Ghanaian President John Mensah and Togolese President Paul Koffi had "
     "separate meetings with Beninese President Ali Sow on Monday. Senegal's President Omar "
     "Diallo talked with Mensah on Sunday.",
     {"GHA", "TGO", "BEN", "SEN"},
     {"John Mensah": "GHA", "Paul Koffi": "TGO", "Ali Sow": "BEN", "Omar Diallo": "SEN"},
     {(("BEN", "GHA"), "meeting", "2019-12-09", "held", None),
      (("BEN", "TGO"), "meeting", "2019-12-09", "held", None),
      (("GHA", "SEN"), "talks", "2019-12-08", "held", None)}),

    ("'took part in the IGAD summit': the bloc naming the meeting is the other party",
     " date 2017-06-13 Sudanese President Omar Hassan took part in the IGAD summit in Addis Ababa "
     "on Monday.",
     {"SDN", "ETH"},
     {"Omar Hassan": "SDN"},
     {(("SDN", "org:igad"), "summit", "2017-06-12", "held", "Addis Ababa")}),

    ("'leaders gathered in' a city; 'brings together' states; 'including those of' states",
     " date 2023-05-10 Ghana's John Mensah and Senegal's Omar Diallo gathered in Accra on "
     "Tuesday. The regional summit in Lome brings together Togo, Benin and Niger. The "
     "conference in Abuja was attended by 15 heads of state, including those of Mali, Chad and "
     "Guinea.",
     {"GHA", "SEN", "TGO", "BEN", "NER", "NGA", "MLI", "TCD", "GIN"},
     {"John Mensah": "GHA", "Omar Diallo": "SEN"},
     {(("GHA", "SEN"), "meeting", "2023-05-09", "held", "Accra"),
      (("BEN", "NER", "TGO"), "summit", "2023-05-09", "held", "Lome"),
      (("GIN", "MLI", "TCD"), "conference", None, "held", "Abuja")}),

    ("'at the invitation of' is no plan",
     " date 2022-09-05 Ghanaian President John Mensah arrived in Lome on Monday on a state visit "
     "at the invitation of Togolese President Paul Koffi.",
     {"GHA", "TGO"},
     {"John Mensah": "GHA", "Paul Koffi": "TGO"},
     {(("GHA", "TGO"), "visit", "2022-09-05", "held", "Lome")}),

    ("a planned word before another trigger is that one's: the call was held",
     " date 2022-09-05 Ghanaian President John Mensah's planned visit to Benin was postponed "
     "after he told Beninese President Ali Sow in a phone call that he could not come.",
     {"GHA", "BEN"},
     {"John Mensah": "GHA", "Ali Sow": "BEN"},
     {(("BEN", "GHA"), "visit", None, "cancelled", "Benin"),
      (("BEN", "GHA"), "call", None, "held", None)}),

    ("a headline 'Ghana to host meeting of ... ministers' is planned",
     " date 2017-04-13 Ghana to host meeting of foreign ministers of Togo and Benin\n\n"
     "The ministers will discuss trade.",
     {"GHA", "TGO", "BEN"},
     {},
     {(("BEN", "GHA", "TGO"), "meeting", None, "planned", "Ghana")}),

    ("a headline and a byline on lines of their own above a dateline: the dateline's date is no "
     "meeting's, the lead's is",
     " date 2024-03-12 Portugal minister to visit Qatar\nBy a staff writer\nLISBON, March 11 "
     "(Agency) -- Portuguese Foreign Minister Ana Costa will pay an official visit to Qatar from "
     "May 30 to June 2, the ministry said Monday.\n",
     {"PRT", "QAT"},
     {"Ana Costa": "PRT"},
     {(("PRT", "QAT"), "visit", "2024-05-30/2024-06-02", "planned", "Qatar")}),

    ("a headline in the present tense is dated by the lead below it, not by the article's date",
     " date 2024-03-12 Danish minister arrives in Oslo for talks\nDanish Foreign Minister Lars Holm "
     "arrived in Oslo on Sunday for talks with Norwegian Prime Minister Erik Dahl on energy and "
     "fisheries, the two governments said.\n",
     {"DNK", "NOR"},
     {"Lars Holm": "DNK", "Erik Dahl": "NOR"},
     {(("DNK", "NOR"), "visit", "2024-03-10", "held", "Oslo")}),

    ("two meeting words of one sentence tell one time: 'a meeting via videoconference' on May 21",
     " date 2020-05-22 On May 21, deputy foreign ministers of Central Asia and Russia held a meeting "
     "via videoconference, the ministry reports.\n\nThe meeting was attended by deputy ministers of "
     "Kazakhstan, Uzbekistan and Russia.",
     {"KAZ", "RUS", "UZB"},
     {},
     {(("KAZ", "RUS", "UZB"), "call", "2020-05-21", "held", None)}),

    ("a month-first range inside one month: 'from April 7 to 10'; 'on April 7 and 12 other' is a day",
     " date 2017-03-15 Bangladesh Prime Minister Rina Das will visit India from April 7 to 10. "
     "Nepalese Prime Minister Hari Thapa visited Bhutan on March 2 and 40 other officials came.",
     {"BGD", "IND", "NPL", "BTN"},
     {"Rina Das": "BGD", "Hari Thapa": "NPL"},
     {(("BGD", "IND"), "visit", "2017-04-07/2017-04-10", "planned", "India"),
      (("BTN", "NPL"), "visit", "2017-03-02", "held", "Bhutan")}),

    ("'this morning' is the article's date; 'a two-day state visit' runs from it",
     " date 2022-09-05 Sri Lankan President Nimal Perera arrived in Male this morning on a two-day "
     "state visit to the Maldives.",
     {"LKA", "MDV"},
     {"Nimal Perera": "LKA"},
     {(("LKA", "MDV"), "visit", "2022-09-05/2022-09-06", "held", "Male")}),

    ("a state as a meeting's place is named as the article names it: 'Britain', not 'United Kingdom'",
     " date 2017-06-11 U.S. President Tom Reed has put off his visit to Britain, the White House "
     "said, after the US leader met Irish Prime Minister Sean Kelly in Dublin on Friday.",
     {"USA", "GBR", "IRL"},
     {"Tom Reed": "USA", "Sean Kelly": "IRL"},
     {(("GBR", "USA"), "visit", None, "cancelled", "Britain"),
      (("IRL", "USA"), "meeting", "2017-06-09", "held", "Dublin")}),

    ("'X also met with A and B': where X's meeting told before was held",
     " date 2022-09-21 Turkish Foreign Minister Kemal Aydin met Swiss Foreign Minister Anna Keller "
     "in Geneva on Monday.\n\nThey discussed grain exports and energy.\n\nAydin also met with his "
     "counterparts from Spain and Peru.\n",
     {"TUR", "CHE", "ESP", "PER"},
     {"Kemal Aydin": "TUR", "Anna Keller": "CHE"},
     {(("CHE", "TUR"), "meeting", "2022-09-19", "held", "Geneva"),
      (("ESP", "TUR"), "meeting", None, "held", "Geneva"),
      (("PER", "TUR"), "meeting", None, "held", "Geneva")}),

    ("'X will also meet A and B': where X's planned meeting told before will be",
     " date 2024-10-22 Russian President Ivan Petrov will hold talks with the leaders of India and "
     "Brazil in Sochi on Thursday.\n\nThe agenda covers trade.\n\nPetrov will also meet with his "
     "counterparts from Iran and Egypt.\n",
     {"RUS", "IND", "BRA", "IRN", "EGY"},
     {"Ivan Petrov": "RUS"},
     {(("BRA", "IND", "RUS"), "talks", "2024-10-24", "planned", "Sochi"),
      (("EGY", "RUS"), "meeting", None, "planned", "Sochi"),
      (("IRN", "RUS"), "meeting", None, "planned", "Sochi")}),

    ("a meeting placed in a state takes its city named after 'capital': 'the Argentine capital X'",
     " date 2024-10-08 The presidents of Chile and Peru held talks in Argentina on Monday.\n\nBoth "
     "later left the Argentine capital Buenos Aires by plane.\n",
     {"CHL", "PER", "ARG"},
     {},
     {(("CHL", "PER"), "talks", "2024-10-07", "held", "Buenos Aires")}),

    ("'concluded a three-day visit' on a day: the visit's last day",
     " date 2024-03-29 French President Louis Martin on Thursday concluded a three-day state visit "
     "to Chile.",
     {"FRA", "CHL"},
     {"Louis Martin": "FRA"},
     {(("CHL", "FRA"), "visit", "2024-03-26/2024-03-28", "held", "Chile")}),

    ("the lead's present-tense meeting on the article's date runs as long as 'his two-day visit'",
     " date 2021-05-31 Kenyan President John Mwangi has welcomed his Ugandan counterpart Paul Okello "
     "at the State House in Mombasa as his two-day state visit begins.",
     {"KEN", "UGA"},
     {"John Mwangi": "KEN", "Paul Okello": "UGA"},
     {(("KEN", "UGA"), "meeting", "2021-05-31/2021-06-01", "held", "Mombasa")}),

    ("'later this week' gives the month until 'the meeting is slated for Friday' gives the day",
     " date 2022-01-18 U.S. Secretary of State Tom Hale will hold talks with Russian Foreign Minister "
     "Ivan Orlov later this week in Geneva.\n\nThe meeting is slated for Friday.\n",
     {"USA", "RUS", "CHE"},
     {"Tom Hale": "USA", "Ivan Orlov": "RUS"},
     {(("RUS", "USA"), "talks", "2022-01-21", "planned", "Geneva")}),

    ("a city that hosts a meeting is its place: 'Astana will host a meeting of ...'",
     " date 2017-04-13 Astana will host a meeting of the foreign ministers of the Shanghai "
     "Cooperation Organization on April 21, a spokesman said.",
     {"KAZ"},
     {},
     {(("KAZ", "org:shanghai-cooperation-organisation"), "meeting", "2017-04-21", "planned",
       "Astana")}),

    ("'he will head to X, where he will meet Y': a visit to X, the meeting in it",
     " date 2023-02-28 U.S. Secretary of State Tom Hale arrived in Kazakhstan on Tuesday.\n\nHe is "
     "on his first tour of the region.\n\nThen he will head to Uzbekistan, where he will meet with "
     "Uzbek President Ali Karimov.\n",
     {"USA", "KAZ", "UZB"},
     {"Tom Hale": "USA", "Ali Karimov": "UZB"},
     {(("KAZ", "USA"), "visit", "2023-02-28", "held", "Kazakhstan"),
      (("USA", "UZB"), "visit", None, "planned", "Uzbekistan")}),

    ("a city after a venue and a comma is the place: 'at the Presidential Villa, Abuja'",
     " date 2023-07-30 West African leaders held a summit at the Presidential Villa, Abuja, on "
     "Sunday, with the presidents of Ghana and Senegal in attendance.",
     {"GHA", "SEN", "NGA"},
     {},
     {(("GHA", "SEN"), "summit", "2023-07-30", "held", "Abuja")}),

    ("'currently' tells the present tense: the lead's meeting is the news of the day",
     " date 2023-07-30 The leaders of Togo, Ghana and Senegal are meanwhile currently attending a "
     "special extraordinary summit in Accra.",
     {"TGO", "GHA", "SEN"},
     {},
     {(("GHA", "SEN", "TGO"), "summit", "2023-07-30", "held", "Accra")}),

    ("a page's menu, headline, time stamp and reading time above the dateline: the lead is the "
     "dateline's sentence, and the time stamp dates no meeting",
     " date 2017-06-11 Markets Business Politics World Technology Health Sports Opinion Video "
     "Podcasts Newsletters More\nPeruvian state visit to Chile postponed - paper\nJune 11, 2017 / "
     "12:58 PM\n\nPeruvian state visit to Chile postponed - paper\n\n1 Min Read\n\nSANTIAGO, June 11 "
     "(Agency) - Peruvian President Jorge Salas's planned state visit to Chile has been postponed, a "
     "newspaper reported on Sunday.\n",
     {"PER", "CHL"},
     {"Jorge Salas": "PER"},
     {(("CHL", "PER"), "visit", None, "cancelled", "Chile")}),

    ("'have arrived for a meeting' in the lead: the arrival's date, the article's, is the meeting's",
     " date 2023-08-10 Eleven West African heads of state have arrived in Abuja for an extraordinary "
     "meeting on the crisis.\n\nThe leaders attending the meeting include President Ana Costa of "
     "Ghana and President Omar Sy of Senegal.\n",
     {"NGA", "GHA", "SEN"},
     {"Ana Costa": "GHA", "Omar Sy": "SEN"},
     {(("GHA", "SEN"), "meeting", "2023-08-10", "held", "Abuja")}),

    ("'around May 7 or 8': the days the meeting may fall on, as a range",
     " date 2023-04-29 Japanese Prime Minister Ken Sato will visit South Korea around May 7 or 8.",
     {"JPN", "KOR"},
     {"Ken Sato": "JPN"},
     {(("JPN", "KOR"), "visit", "2023-05-07/2023-05-08", "planned", "South Korea")}),

    ("'will receive' a visitor; 'was welcomed at the airport by' a host",
     " date 2023-05-10 Togolese President Paul Koffi will receive Ghanaian President John Mensah "
     "in Lome next week. Beninese President Ali Sow was welcomed at Niamey airport by Nigerien "
     "Prime Minister Ama Diallo on Monday.",
     {"TGO", "GHA", "BEN", "NER"},
     {"Paul Koffi": "TGO", "John Mensah": "GHA", "Ali Sow": "BEN", "Ama Diallo": "NER"},
     {(("GHA", "TGO"), "meeting", "2023-05", "planned", "Lome"),
      (("BEN", "NER"), "meeting", "2023-05-08", "held", "Niamey")}),

    ("'the India-Australia virtual summit', 'Sino-Russian talks': states named before the "
     "meeting word, through its modifiers",
     " date 2023-05-10 The India-Australia virtual summit took place on Tuesday. Sino-Russian "
     "talks were held in Moscow on Monday.",
     {"IND", "AUS", "CHN", "RUS"},
     {},
     {(("AUS", "IND"), "summit", "2023-05-09", "held", None),
      (("CHN", "RUS"), "talks", "2023-05-08", "held", "Moscow")}),

    ("the venue 'in the Romanian capital Bucharest' is no party; 'on the margins of the 77th "
     "UN General Assembly' is a setting",
     " date 2022-09-21 Turkish Foreign Minister Ali Kaya met the Spanish foreign minister in the "
     "margins of the 77th UN General Assembly. Foreign ministers of Ghana and Togo met in the "
     "Romanian capital Bucharest on Tuesday.",
     {"TUR", "ESP", "GHA", "TGO", "ROU"},
     {"Ali Kaya": "TUR"},
     {(("ESP", "TUR"), "meeting", None, "held", None),
      (("GHA", "TGO"), "meeting", "2022-09-20", "held", "Bucharest")}),

    ("'met with X ... as well as with Y', 'with X and with Y': one meeting each",
     " date 2022-01-18 Ghanaian Foreign Minister Ama Boateng met with her Togolese counterpart in "
     "Lome as well as with Benin's foreign minister on Monday.",
     {"GHA", "TGO", "BEN"},
     {"Ama Boateng": "GHA"},
     {(("GHA", "TGO"), "meeting", "2022-01-17", "held", "Lome"),
      (("BEN", "GHA"), "meeting", "2022-01-17", "held", "Lome")}),

    ("'talks on a ceasefire deal between A and B': A and B are a topic",
     " date 2024-07-09 Ghanaian and Togolese envoys will meet in Accra on Wednesday for talks on a "
     "ceasefire deal between Mali and the rebels.",
     {"GHA", "TGO", "MLI"},
     {},
     {(("GHA", "TGO"), "meeting", "2024-07-10", "planned", "Accra")}),

    ("the present progressive with a weekday is still to come: 'is travelling to Togo on "
     "Wednesday'",
     " date 2024-07-09 Ghana's foreign minister is travelling to Togo on Wednesday. Benin's "
     "president is meeting his Nigerien counterpart on Thursday.",
     {"GHA", "TGO", "BEN", "NER"},
     {},
     {(("GHA", "TGO"), "visit", "2024-07-10", "planned", "Togo"),
      (("BEN", "NER"), "meeting", "2024-07-11", "planned", None)}),

    ("'During the phone call, the two leaders ...': the last two officials named before",
     " date 2020-07-24 Ghanaian President John Mensah and Togolese President Paul Koffi on "
     "Thursday reaffirmed their partnership, a statement said. During the phone call, the two "
     "leaders also discussed the pandemic.",
     {"GHA", "TGO"},
     {"John Mensah": "GHA", "Paul Koffi": "TGO"},
     {(("GHA", "TGO"), "call", "2020-07-23", "held", None)}),

    ("a bilateral between a summit's participants, told without a place, was held at the summit",
     " date 2019-12-09 The presidents of Ghana, Togo and Benin met in Lome on Monday for a summit. "
     "Ghana's president also held bilateral talks with Togo's president.",
     {"GHA", "TGO", "BEN"},
     {},
     {(("BEN", "GHA", "TGO"), "summit", "2019-12-09", "held", "Lome"),
      (("GHA", "TGO"), "talks", "2019-12-09", "held", "Lome")}),

    ("'gathered on Monday in' a country: a time between the verb and its place",
     " date 2025-10-06 The presidents of Albania, Serbia and Kosovo gathered Monday in Albania "
     "to discuss trade.",
     {"ALB", "SRB", "XKX"},
     {},
     {(("ALB", "SRB", "XKX"), "meeting", "2025-10-06", "held", "Albania")}),

    ("'the Brasilia summit' is held in Brasilia; 'the security situation in Colombia' is a topic",
     " date 2023-05-30 The Brasilia summit will be attended by the presidents of Chile, Peru and "
     "Bolivia. Leaders of Ghana, Togo and Benin met on Tuesday to discuss the security situation "
     "in Niger.",
     {"BRA", "CHL", "PER", "BOL", "GHA", "TGO", "BEN", "NER"},
     {},
     {(("BOL", "CHL", "PER"), "summit", None, "planned", "Brasilia"),
      (("BEN", "GHA", "TGO"), "meeting", "2023-05-30", "held", None)}),

    ("a group arriving in the city of a summit told before arrives for it; the AU is no party "
     "when member states are named",
     " date 2020-02-08 Leaders of African countries are arriving in Addis Ababa to take part in the "
     "African Union summit scheduled for 9-10 February. Ghanaian President John Mensah, Togolese "
     "President Paul Koffi and Beninese President Ali Sow arrived in Addis Ababa this morning.",
     {"ETH", "GHA", "TGO", "BEN"},
     {"John Mensah": "GHA", "Paul Koffi": "TGO", "Ali Sow": "BEN"},
     {(("BEN", "GHA", "TGO"), "summit", "2020-02-09/2020-02-10", "planned", "Addis Ababa")}),

    ("'welcomed the announcement by President X' is no meeting",
     " date 2023-05-30 Ghana welcomed the announcement by Togolese President Paul Koffi on Monday.",
     {"GHA", "TGO"},
     {"Paul Koffi": "TGO"},
     set()),

    ("'integration with the EU' is a topic; 'EU members Slovenia and Croatia' name the members",
     " date 2025-10-06 The presidents of Albania, Serbia and Kosovo gathered Monday in Albania to "
     "discuss their integration with the European Union, in a format launched by European Union "
     "members Slovenia and Croatia.",
     {"ALB", "SRB", "XKX", "SVN", "HRV"},
     {},
     {(("ALB", "SRB", "XKX"), "meeting", "2025-10-06", "held", "Albania")}),

    ("'is representing President X' and 'is represented by' take part for that state",
     " date 2024-11-20 Leaders of Ghana, Togo and Benin are attending the summit in Accra.\n\n"
     "Nigerian Vice President Musa Bello is representing his president. Mali is represented by "
     "its foreign minister.",
     {"GHA", "TGO", "BEN", "NGA", "MLI"},
     {"Musa Bello": "NGA"},
     {(("BEN", "GHA", "MLI", "NGA", "TGO"), "summit", "2024-11-20", "held", "Accra")}),

    ("a middle name before a known surname is the known official's",
     " date 2019-03-04 President Omar Guelleh of Djibouti met Ethiopia's Prime Minister Lena Tesfaye "
     "in Addis Ababa on Monday.",
     {"DJI", "ETH"},
     {"Omar Guelleh": "DJI", "Lena Tesfaye": "ETH"},
     {(("DJI", "ETH"), "meeting", "2019-03-04", "held", "Addis Ababa")}),

    ("'title name of state and title name of state' before a visit verb: both visit",
     " date 2019-03-04 President Ana Soto of Chile and President Luis Vega of Peru visited "
     "Brasilia on Monday.",
     {"CHL", "PER", "BRA"},
     {"Ana Soto": "CHL", "Luis Vega": "PER"},
     {(("BRA", "CHL", "PER"), "visit", "2019-03-04", "held", "Brasilia")}),

    ("leaders arriving 'in the capital' after a summit in a capital come for the summit",
     " date 2020-02-08 Leaders are arriving in Nairobi for the regional summit on Sunday. "
     "President Ana Soto of Tanzania and President Luis Vega of Uganda arrived in Nairobi this "
     "morning. President Omar Hassan of Somalia and President Paul Deng of South Sudan arrived "
     "in the capital yesterday.",
     {"KEN", "TZA", "UGA", "SOM", "SSD"},
     {"Ana Soto": "TZA", "Luis Vega": "UGA", "Omar Hassan": "SOM", "Paul Deng": "SSD"},
     {(("SOM", "SSD", "TZA", "UGA"), "summit", "2020-02-09", "planned", "Nairobi")}),

    ("one named meeting told in several sentences is one meeting",
     " date 2024-06-11 Chile took part in the Andean Foreign Ministers' Meeting, which began in "
     "Lima on Monday. Peru's Foreign Minister Ana Soto opened the Andean Foreign Ministers' "
     "Meeting with Colombia's Foreign Minister Luis Vega and Ecuador's Foreign Minister Rosa Mena. "
     "Bolivia's Foreign Minister Juan Ortiz also attended the Andean Foreign Ministers' Meeting.",
     {"CHL", "PER", "COL", "ECU", "BOL"},
     {"Ana Soto": "PER", "Luis Vega": "COL", "Rosa Mena": "ECU", "Juan Ortiz": "BOL"},
     {(("BOL", "CHL", "COL", "ECU", "PER"), "meeting", "2024-06-10", "held", "Lima")}),

    ("'is headlining the summit' takes part",
     " date 2024-11-20 Leaders of the region have convened in Lusaka for the extraordinary summit. "
     "President Ana Soto of Angola is headlining the summit. President Luis Vega of Malawi is "
     "also attending the summit.",
     {"AGO", "MWI", "ZMB"},
     {"Ana Soto": "AGO", "Luis Vega": "MWI"},
     {(("AGO", "MWI"), "summit", "2024-11-20", "held", "Lusaka")}),

    ("a communiqué's roster: 'State: His Excellency ...' lines after 'Summit was attended by'",
     " date 2022-01-15 The Extraordinary Summit of the Southern African Development Community was "
     "held in Lilongwe on Wednesday.\n\nSummit was attended by the following Heads of State and "
     "Government:\n\nMozambique: His Excellency President Ana Soto\n\nZambia: Her Excellency "
     "President Rosa Mena\n\nBotswana: His Honourable Mr. Luis Vega, the Vice President of the "
     "Republic of Botswana\n\nLesotho: Hon. Paul Deng, Minister of Finance\n",
     {"MOZ", "ZMB", "BWA", "LSO", "MWI"},
     {"Ana Soto": "MOZ", "Rosa Mena": "ZMB", "Luis Vega": "BWA", "Paul Deng": "LSO"},
     {(("BWA", "LSO", "MOZ", "ZMB"), "summit", "2022-01-12", "held", "Lilongwe")}),

    ("'State's City hosts a ... meeting': the city is the place, the state hosts, told in the present",
     " date 2023-02-28 Kenya's Nairobi hosts a C5+1 ministerial meeting of regional foreign "
     "ministers, with the participation of Chinese Foreign Minister Wang Yi.",
     {"KEN", "CHN"},
     {"Wang Yi": "CHN"},
     {(("CHN", "KEN"), "conference", "2023-02-28", "held", "Nairobi")}),

    ("a line that ends in 'the' goes on: the sentence is not cut at its break",
     " date 2019-07-06 Presidents Martin Vizcarra (Peru), Ivan Duque (Colombia) and Sebastian Pinera (Chile) "
     "signed a declaration and several other cooperation agreements on Saturday at the end of the\n"
     "14th Pacific Alliance summit in Lima, in a long plenary session that ran well into the "
     "evening and closed with a joint statement read out by all three of them.\n",
     {"PER", "COL", "CHL"},
     {"Martin Vizcarra": "PER", "Ivan Duque": "COL", "Sebastian Pinera": "CHL"},
     {(("CHL", "COL", "PER"), "summit", "2019-07-06", "held", "Lima")}),

    ("'will take part in a forum, the Quad': the forum is what is taken part in, no party",
     " date 2023-02-28 Japanese Foreign Minister Ken Sato is on an official visit to India. He will "
     "then take part in a forum that Tokyo values, the Quad, in the form of a ministerial meeting.",
     {"JPN", "IND"},
     {"Ken Sato": "JPN"},
     {(("IND", "JPN"), "visit", "2023-02-28", "held", "India")}),

    ("'State Name' items of a list: the state is the official's, no part of the name",
     " date 2019-06-14 The leaders, Russian President Vladimir Putin, Kazakhstan Kassym-Jomart "
     "Tokayev and Uzbekistan Shavkat Mirziyoyev, met in Bishkek on Friday.",
     {"RUS", "KAZ", "UZB", "KGZ"},
     {"Vladimir Putin": "RUS", "Kassym-Jomart Tokayev": "KAZ", "Shavkat Mirziyoyev": "UZB"},
     {(("KAZ", "RUS", "UZB"), "meeting", "2019-06-14", "held", "Bishkek")}),

    ("'Presidents of A X, B Y, C Z': each state before its official's name",
     " date 2019-06-14 The summit of the bloc opened in Bishkek on Friday. The Presidents of "
     "Belarus Anna Soto, Mongolia Luis Vega and Armenia Rosa Mena have arrived in Bishkek.",
     {"BLR", "MNG", "ARM", "KGZ"},
     {"Anna Soto": "BLR", "Luis Vega": "MNG", "Rosa Mena": "ARM"},
     {(("ARM", "BLR", "MNG"), "summit", "2019-06-14", "held", "Bishkek")}),

    ("'X will join A and B in the virtual meet': all take part; joining a bloc is no meeting",
     " date 2022-06-17 Indian Prime Minister Ravi Kumar will join Russian President Ivan Petrov and "
     "Brazil's President Ana Costa in the virtual meet next week. Finland joined NATO last year.",
     {"IND", "RUS", "BRA", "FIN"},
     {"Ravi Kumar": "IND", "Ivan Petrov": "RUS", "Ana Costa": "BRA"},
     {(("BRA", "IND", "RUS"), "meeting", "2022-06", "planned", None)}),

    ("'Qatar's ruling emir': a title after the ruling cue is the state's official, a party",
     " date 2017-12-05 The Gulf summit opened in Kuwait City on Tuesday. Kuwait's emir and Qatar's "
     "ruling emir were the only heads of state who attended the meeting.",
     {"KWT", "QAT"},
     {},
     {(("KWT", "QAT"), "summit", "2017-12-05", "held", "Kuwait City")}),

    ("', and X is scheduled to meet Y': a new clause, a meeting of its own with its own date "
     "(the summit, Japan with no other party, is no meeting)",
     " date 2025-10-26 Pacific leaders will hold a summit with Japanese Prime Minister Ken Sato in "
     "Suva on Monday, and Australian Prime Minister Ana Cole is scheduled to meet New Zealand Prime "
     "Minister Tom Hale in Auckland on Thursday.",
     {"JPN", "FJI", "AUS", "NZL"},
     {"Ken Sato": "JPN", "Ana Cole": "AUS", "Tom Hale": "NZL"},
     {(("AUS", "NZL"), "meeting", "2025-10-30", "planned", "Auckland")}),

    ("'witnessed the signing of a declaration by A and B' is a meeting of the three",
     " date 2025-10-26 French President Paul Morel witnessed the signing of a peace declaration by "
     "Rwandan President Ana Soto and Congolese President Luis Vega in Doha on Sunday.",
     {"FRA", "RWA", "COD", "QAT"},
     {"Paul Morel": "FRA", "Ana Soto": "RWA", "Luis Vega": "COD"},
     {(("COD", "FRA", "RWA"), "meeting", "2025-10-26", "held", "Doha")}),

    ("'A turned down a B proposal for a meeting': the proposer and A, cancelled",
     " date 2025-10-26 Thailand turned down a Cambodian proposal for a separate meeting between the "
     "two prime ministers in Kuala Lumpur on Monday.",
     {"THA", "KHM", "MYS"},
     {},
     {(("KHM", "THA"), "meeting", "2025-10-27", "cancelled", "Kuala Lumpur")}),

    ("'X, who did not attend the talks, was received by Y': the relative clause neither "
     "denies nor takes the reception",
     " date 2025-03-13 U.S. and Ukrainian officials held talks in Jeddah on Tuesday. Zelensky, who "
     "did not attend the talks, was received by Crown Prince Mohammed bin Salman in Jeddah on Monday.",
     {"USA", "UKR", "SAU"},
     {"Zelensky": "UKR", "Mohammed bin Salman": "SAU"},
     {(("UKR", "USA"), "talks", "2025-03-11", "held", "Jeddah"),
      (("SAU", "UKR"), "meeting", "2025-03-10", "held", "Jeddah")}),

    ("'X hosted the session': the host joins the meeting told before",
     " date 2025-03-13 U.S. and Ukrainian officials held talks in Jeddah on Tuesday. Saudi Foreign "
     "Minister Prince Faisal bin Farhan hosted the talks and opened them with a short welcome.",
     {"USA", "UKR", "SAU"},
     {"Faisal bin Farhan": "SAU"},
     {(("SAU", "UKR", "USA"), "talks", "2025-03-11", "held", "Jeddah")}),

    ("'X said a meeting with Y would take place': the speaker's meeting",
     " date 2025-02-13 Prime Minister Ana Soto of Peru said a meeting with President Luis Vega of "
     "Chile would take place in Lima soon.",
     {"PER", "CHL"},
     {"Ana Soto": "PER", "Luis Vega": "CHL"},
     {(("CHL", "PER"), "meeting", None, "planned", "Lima")}),

    ("'told reporters that his first meeting with Y would ...': the possessive opens the meeting",
     " date 2025-02-13 President Luis Vega of Chile told reporters that his first meeting with "
     "President Ana Soto of Peru would probably take place in Saudi Arabia.",
     {"CHL", "PER", "SAU"},
     {"Luis Vega": "CHL", "Ana Soto": "PER"},
     {(("CHL", "PER"), "meeting", None, "planned", "Saudi Arabia")}),

    ("'he has ruled out meeting Y': the subject pronoun a few words before, cancelled",
     " date 2025-02-13 The talks ended in Geneva on Monday. Ukraine's President Ivan Bondar said "
     "no deal could be made without Kyiv. He has ruled out meeting Russian President Oleg Petrov "
     "before a common plan is agreed.",
     {"UKR", "RUS", "CHE"},
     {"Ivan Bondar": "UKR", "Oleg Petrov": "RUS"},
     {(("RUS", "UKR"), "meeting", None, "cancelled", None)}),

    ("'following clashes in July': that date is the clashes', not the meeting's",
     " date 2025-10-26 On Sunday, Thai Prime Minister Ana Soto and Cambodian Prime Minister Luis "
     "Vega met in Kuala Lumpur, following deadly border clashes in July.",
     {"THA", "KHM", "MYS"},
     {"Ana Soto": "THA", "Luis Vega": "KHM"},
     {(("KHM", "THA"), "meeting", "2025-10-26", "held", "Kuala Lumpur")}),

    ("'X's one-on-one summits with A, B and C': one meeting with each",
     " date 2023-09-04 ASEAN held its one-on-one summits with China, Japan and Canada in Jakarta "
     "on Monday.",
     {"CHN", "JPN", "CAN", "IDN"},
     {},
     {(("CHN", "org:asean"), "summit", "2023-09-04", "held", "Jakarta"),
      (("JPN", "org:asean"), "summit", "2023-09-04", "held", "Jakarta"),
      (("CAN", "org:asean"), "summit", "2023-09-04", "held", "Jakarta")}),

    ("'held summits with A, B and C, while X, which was attended by Y, was held': one summit "
     "each; 'attended by' after a comma or 'which' takes only what follows (the bloc's own summit "
     "in a member's capital has that member as its host)",
     " date 2023-09-07 The ASEAN summit concluded in Jakarta on Thursday. The ASEAN leaders also "
     "held summits with Japan, Canada and India, while the 18-member East Asia Summit, which was "
     "also attended by Russian Foreign Minister Ivan Petrov, was held on Thursday.",
     {"IDN", "JPN", "CAN", "IND", "RUS"},
     {"Ivan Petrov": "RUS"},
     {(("IDN", "org:asean"), "summit", "2023-09-07", "held", "Jakarta"),
      (("JPN", "org:asean"), "summit", "2023-09-07", "held", "Jakarta"),
      (("CAN", "org:asean"), "summit", "2023-09-07", "held", "Jakarta"),
      (("IND", "org:asean"), "summit", "2023-09-07", "held", "Jakarta")}),

    ("a dateline in figures ('14-7-2023 (JAKARTA)') dates an article without a date header",
     "14-7-2023 (JAKARTA) The foreign ministers of Indonesia and Japan met in Jakarta on Friday.",
     {"IDN", "JPN"},
     {},
     {(("IDN", "JPN"), "meeting", "2023-07-14", "held", "Jakarta")}),

    ("a date in figures with slashes on a line above the lead dates an undated article; the "
     "weekday beside it says which number is the month ('Tue, 04/12/2011' is April 12)",
     "Tue, 04/12/2011\nThe foreign ministers of Peru and Chile met in Lima on Monday.",
     {"PER", "CHL"},
     {},
     {(("CHL", "PER"), "meeting", "2011-04-11", "held", "Lima")}),

    ("'Published: 6/23/2015' (month first, one digit) dates an undated article; two dates run "
     "together ('05 Aug. 200907 Aug. 2009') make no year 200907",
     "05 Aug. 200907 Aug. 2009\nThe presidents of Ghana and Togo met in Accra on Thursday.\n\n"
     "Published: 6/23/2015\n",
     {"GHA", "TGO"},
     {},
     {(("GHA", "TGO"), "meeting", "2015-06-18", "held", "Accra")}),

    ("a host verb's object is a role in the plural, of states ('received the foreign ministers "
     "of Ghana and Peru'): they are its guests",
     " date 2019-03-06 Egyptian President Adel Mansour received the foreign ministers of Ghana and "
     "Peru in Cairo on Tuesday.",
     {"EGY", "GHA", "PER"},
     {"Adel Mansour": "EGY"},
     {(("EGY", "GHA", "PER"), "meeting", "2019-03-05", "held", "Cairo")}),

    ("'the Amir of Kuwait' is the Emir of Kuwait; a given name Amir is no title ('Amir Tal')",
     " date 2019-03-06 The Amir of Kuwait received the ambassador of Norway on Tuesday. Israeli "
     "Minister Amir Tal met Greek Foreign Minister Eleni Kosta in Athens on Monday.",
     {"KWT", "NOR", "ISR", "GRC"},
     {"Amir Tal": "ISR", "Eleni Kosta": "GRC"},
     {(("KWT", "NOR"), "meeting", "2019-03-05", "held", None),
      (("GRC", "ISR"), "meeting", "2019-03-04", "held", "Athens")}),

    ("'the two' alone before their verb ('The two will meet again in X') are the two officials "
     "named together just before",
     " date 2019-05-10 Kenyan President Daniel Otieno met Ugandan President Grace Akello in "
     "Nairobi on Thursday. The two will meet again in Kampala in June.",
     {"KEN", "UGA"},
     {"Daniel Otieno": "KEN", "Grace Akello": "UGA"},
     {(("KEN", "UGA"), "meeting", "2019-05-09", "held", "Nairobi"),
      (("KEN", "UGA"), "meeting", "2019-06", "planned", "Kampala")}),

    ("a later meeting held with no place, by one who was at the lead's placed meeting, that day "
     "or with no day of its own, is held there; one with a place of its own keeps it",
     " date 2022-09-24 Sri Lankan Foreign Minister Ravi Perera met US Secretary of State Anna "
     "Brooks in New York on Friday. Perera discussed fisheries with Namibian Foreign Minister "
     "Peter Hamutenya at a separate meeting. He met Ghanaian Foreign Minister Kofi Mensah in Accra "
     "last month.",
     {"LKA", "USA", "NAM", "GHA"},
     {"Ravi Perera": "LKA", "Anna Brooks": "USA", "Peter Hamutenya": "NAM", "Kofi Mensah": "GHA"},
     {(("LKA", "USA"), "meeting", "2022-09-23", "held", "New York"),
      (("LKA", "NAM"), "meeting", "2022-09-23", "held", "New York"),
      (("GHA", "LKA"), "meeting", "2022-08", "held", "Accra")}),

    ("two undated meetings of one pair that the article tells apart (one planned in Hungary, "
     "one held in Warsaw) stay two, though nothing dates them",
     "Polish Prime Minister Jan Nowicki will pay his first foreign visit to Hungary, where he will "
     "hold talks with Hungarian Prime Minister Laszlo Farkas.\n\nFarkas last visited Warsaw in "
     "September, when he held talks with the Polish president.\n",
     {"POL", "HUN"},
     {"Jan Nowicki": "POL", "Laszlo Farkas": "HUN"},
     {(("HUN", "POL"), "visit", None, "planned", "Hungary"),
      (("HUN", "POL"), "visit", None, "held", "Warsaw")}),

    ("a day in an opening 'According to the ministry on Thursday,' is the report's; the "
     "meeting's is the one after the comma",
     " date 2023-11-17 South Korean Foreign Minister Min-jun Kang is in San Francisco. According "
     "to the ministry on Thursday, Kang had a breakfast meeting with his Japanese counterpart Aiko "
     "Sato on Wednesday, local time.",
     {"KOR", "JPN", "USA"},
     {"Min-jun Kang": "KOR", "Aiko Sato": "JPN"},
     {(("JPN", "KOR"), "meeting", "2023-11-15", "held", None)}),

    ("leaders told arriving or attending nowhere in particular, on a day of their own, join the "
     "summit told just before with its place (the day need only fall in with the summit's)",
     " date 2021-10-05 President Thabo Nkosi will today chair an extraordinary summit of the "
     "Southern African Development Community in Pretoria. \"The summit will weigh the next steps, "
     "as the mission in the north comes to an end on 15 October 2021,\" the Presidency said. The "
     "summit will be attended by Dr Kabelo Masire, the President of the Republic of Botswana and "
     "outgoing chairperson of the SADC Organ; Dr Hage Nujoma, the President of the Republic of "
     "Namibia and incoming chairperson of the SADC Organ, and Jorge Machel, the President of the "
     "Republic of Mozambique and outgoing chairperson of SADC.",
     {"ZAF", "BWA", "NAM", "MOZ"},
     {"Thabo Nkosi": "ZAF", "Kabelo Masire": "BWA", "Hage Nujoma": "NAM", "Jorge Machel": "MOZ"},
     {(("BWA", "MOZ", "NAM", "ZAF"), "summit", "2021-10-05", "planned", "Pretoria")}),

    ("'to partake in the summit': taking part, like 'to take part in'",
     " date 2023-02-17 Leaders of African states are arriving in Addis Ababa for the summit of the "
     "African Union. President Moussa Diallo of Senegal and President Grace Banda of Malawi are in "
     "Addis Ababa to partake in the summit.",
     {"ETH", "SEN", "MWI"},
     {"Moussa Diallo": "SEN", "Grace Banda": "MWI"},
     {(("MWI", "SEN"), "summit", "2023-02-17", "held", "Addis Ababa")}),

    ("a title in the plural covers each name of the list after it ('Ghanaian Senators A, B and "
     "C')",
     " date 2018-06-20 Ghanaian Senators Kwame Boateng, Ama Owusu and Kofi Asante met Kenyan "
     "President Daniel Otieno in Nairobi on Tuesday.",
     {"GHA", "KEN"},
     {"Kwame Boateng": "GHA", "Ama Owusu": "GHA", "Kofi Asante": "GHA", "Daniel Otieno": "KEN"},
     {(("GHA", "KEN"), "meeting", "2018-06-19", "held", "Nairobi")}),

    ("a title goes on with the body it heads, after a state's adjective or possessive ('the "
     "President of the Italian Senate Maria Elisa Conti', 'the Chairman of Ukraine's Supreme "
     "Council, Oleksandr Marchenko')",
     " date 2021-10-08 Indian Speaker Om Prakash met the President of the Italian Senate Maria "
     "Elisa Conti in Rome on Thursday. He also met the Chairman of Ukraine's Supreme Council, "
     "Oleksandr Marchenko.",
     {"IND", "ITA", "UKR"},
     {"Om Prakash": "IND", "Maria Elisa Conti": "ITA", "Oleksandr Marchenko": "UKR"},
     {(("IND", "ITA"), "meeting", "2021-10-07", "held", "Rome"),
      (("IND", "UKR"), "meeting", "2021-10-07", "held", "Rome")}),

    ("the host city after a meeting word gives its state to the official met there, not to the "
     "sentence's subject, who is of the state the article names most",
     " date 2023-09-14 Speaker Om Prakash met Senate Chairman Luca Bianchi in Rome on Wednesday. "
     "The Indian delegation flew back to New Delhi on Thursday.",
     {"IND", "ITA"},
     {"Om Prakash": "IND", "Luca Bianchi": "ITA"},
     {(("IND", "ITA"), "meeting", "2023-09-13", "held", "Rome")}),

    ("a meeting between a visit's two parties in another city of the host state is part of the "
     "visit (one visit per host state)",
     " date 2023-06-20 Emperor Kenji of Japan arrived in Jakarta on Saturday for a week-long state "
     "visit to Indonesia. On Monday, Indonesian President Budi Santoso met Emperor Kenji at the "
     "presidential palace in Bogor.",
     {"JPN", "IDN"},
     {"Kenji": "JPN", "Budi Santoso": "IDN"},
     {(("IDN", "JPN"), "visit", "2023-06-17", "held", "Jakarta")}),

    ("'are holding a working (consultative) meeting' in the lead: the article's day",
     " date 2018-03-15 ASTANA. The heads of Kazakhstan and Kyrgyzstan are holding a working "
     "(consultative) meeting in Astana at the moment, the agency reports.",
     {"KAZ", "KGZ"},
     {},
     {(("KAZ", "KGZ"), "meeting", "2018-03-15", "held", "Astana")}),

    ("'X, Y and Z also addressed the Meeting': taking part; 'addressed the nation' is not",
     " date 2017-12-13 The council of foreign ministers of the bloc held an extraordinary meeting "
     "in Istanbul on 13 December 2017. Foreign Minister Ana Soto of Turkey, Foreign Minister Luis "
     "Vega of Jordan and Foreign Minister Rosa Mena of Egypt also addressed the Meeting. Later the "
     "president of Chile addressed the nation.",
     {"TUR", "JOR", "EGY", "CHL"},
     {"Ana Soto": "TUR", "Luis Vega": "JOR", "Rosa Mena": "EGY"},
     {(("EGY", "JOR", "TUR"), "meeting", "2017-12-13", "held", "Istanbul")}),

    ("'asked for a teleconference with X': a call, planned",
     " date 2017-02-13 President Ana Soto of Chile asked for a teleconference with President Luis "
     "Vega of Peru.",
     {"CHL", "PER"},
     {"Ana Soto": "CHL", "Luis Vega": "PER"},
     {(("CHL", "PER"), "call", None, "planned", None)}),

    ("a cancellation told first, the plan after: one meeting, cancelled",
     " date 2019-02-24 Peruvian Foreign Minister Ana Soto's official visit to Japan has been "
     "cancelled. Soto had to visit Japan from February 24 to 27.",
     {"JPN", "PER"},
     {"Ana Soto": "PER"},
     {(("JPN", "PER"), "visit", "2019-02-24/2019-02-27", "cancelled", "Japan")}),

    ("'Soto, Peru's foreign minister,': an apposition gives the state; a list item does not",
     " date 2019-02-24 Ana Soto, Peru's foreign minister, met Japan's Foreign Minister Ken Sato in "
     "Tokyo on Sunday. Luis Vega, the foreign minister of Chile, met Rwanda's President Paul Mensah, "
     "Egypt's President Omar Nasser in Kigali on Sunday.",
     {"PER", "JPN", "CHL", "RWA", "EGY"},
     {"Ana Soto": "PER", "Ken Sato": "JPN", "Luis Vega": "CHL", "Paul Mensah": "RWA",
      "Omar Nasser": "EGY"},
     {(("JPN", "PER"), "meeting", "2019-02-24", "held", "Tokyo"),
      (("CHL", "EGY", "RWA"), "meeting", "2019-02-24", "held", "Kigali")}),

    ("'X will not attend, with Y sent on his behalf': the state takes part through Y",
     " date 2023-08-22 Kenya's President Ana Soto hosted Ghana's President Luis Vega and Peru's "
     "President Rosa Mena in Nairobi on Tuesday. Chilean President Paul Morel will not attend in "
     "person, with Foreign Minister Ivan Diaz sent on his behalf.",
     {"KEN", "GHA", "PER", "CHL"},
     {"Ana Soto": "KEN", "Luis Vega": "GHA", "Rosa Mena": "PER", "Paul Morel": "CHL",
      "Ivan Diaz": "CHL"},
     {(("CHL", "GHA", "KEN", "PER"), "meeting", "2023-08-22", "held", "Nairobi")}),

    ("'The meeting brings together the leaders of A, B and C' in the lead: today's; 'the "
     "Lima summit will also have the participation of' its list",
     " date 2023-05-30 The meeting brings together the leaders of Peru, Chile and Bolivia. The Lima "
     "summit will also have the participation of presidents Ana Soto (Ecuador) and Luis Vega "
     "(Colombia).",
     {"PER", "CHL", "BOL", "ECU", "COL"},
     {"Ana Soto": "ECU", "Luis Vega": "COL"},
     {(("BOL", "CHL", "COL", "ECU", "PER"), "meeting", "2023-05-30", "held", "Lima")}),

    ("'to facilitate dialogue between A and B': a meeting only wished for is none",
     " date 2022-09-20 Chile's Foreign Minister Ana Soto met Peru's Foreign Minister Luis Vega in "
     "New York on Tuesday. Soto said Chile would continue to facilitate dialogue between Bolivia "
     "and Paraguay.",
     {"CHL", "PER", "BOL", "PRY", "USA"},
     {"Ana Soto": "CHL", "Luis Vega": "PER"},
     {(("CHL", "PER"), "meeting", "2022-09-20", "held", "New York")}),

    ("'MPs call on X to settle differences with Y' is an appeal, no call; 'X greeted Y in "
     "Berlin' is a meeting",
     " date 2024-03-15 In Germany, lawmakers call on Chancellor Olaf Scholz to settle differences "
     "with President Emmanuel Macron. Scholz greeted Macron in Berlin on Friday.",
     {"DEU", "FRA"},
     {"Olaf Scholz": "DEU", "Emmanuel Macron": "FRA"},
     {(("DEU", "FRA"), "meeting", "2024-03-15", "held", "Berlin")}),

    ("'X later spoke with Y': the day of the meeting told before",
     " date 2025-02-13 Chile's President Ana Soto spoke by phone with Peru's President Luis Vega on "
     "Wednesday. Soto later spoke with Bolivia's President Rosa Mena.",
     {"CHL", "PER", "BOL"},
     {"Ana Soto": "CHL", "Luis Vega": "PER", "Rosa Mena": "BOL"},
     {(("CHL", "PER"), "call", "2025-02-12", "held", None),
      (("BOL", "CHL"), "call", "2025-02-12", "held", None)}),

    ("an honorific the gazetteer's alias holds is no part of the official's name",
     " date 2025-03-13 Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani met "
     "Jordan's Foreign Minister Ayman Safadi in Doha on Wednesday.",
     {"QAT", "JOR"},
     {"Mohammed bin Abdulrahman Al Thani": "QAT", "Ayman Safadi": "JOR"},
     {(("JOR", "QAT"), "meeting", "2025-03-12", "held", "Doha")}),

    ("'X, who took office in September, was welcomed by Y': that date is the clause's; "
     "'the visit, which was slated for March 20' keeps its own",
     " date 2024-12-16 President Ana Soto of Chile, who took office in September, was welcomed by "
     "President Luis Vega of Peru in Lima. The government cancelled a planned visit of Peru's "
     "President Luis Vega to Bolivia, which was slated for March 20.",
     {"CHL", "PER", "BOL"},
     {"Ana Soto": "CHL", "Luis Vega": "PER"},
     {(("CHL", "PER"), "meeting", None, "held", "Lima"),
      (("BOL", "PER"), "visit", "2025-03-20", "cancelled", "Bolivia")}),

    ("'X held bilateral meetings ..., holding talks with A, B, and C': X's, one each; a list of "
     "titled names closes with ', and Prime Minister of Japan Kenji Mori'",
     " date 2024-11-20 Chile's President Ana Soto held a number of bilateral meetings at the summit "
     "in Lima on Tuesday, holding talks with Peru's President Luis Vega, President of Bolivia Rosa "
     "Mena, and Prime Minister of Japan Kenji Mori.",
     {"CHL", "PER", "BOL", "JPN"},
     {"Ana Soto": "CHL", "Luis Vega": "PER", "Rosa Mena": "BOL", "Kenji Mori": "JPN"},
     {(("CHL", "PER"), "talks", "2024-11-19", "held", "Lima"),
      (("BOL", "CHL"), "talks", "2024-11-19", "held", "Lima"),
      (("CHL", "JPN"), "talks", "2024-11-19", "held", "Lima")}),

    ("'X called on Senate Chairman Y in Santiago' is a meeting; Y's state is the host city's when "
     "no other is given; 'Russia's Far East' is a region, no official",
     " date 2023-08-04 Peru's Foreign Minister Luis Vega called on Senate Chairman Rosa Mena in "
     "Santiago on Thursday. Vega said trade with Russia's Far East would grow.",
     {"PER", "CHL", "RUS"},
     {"Luis Vega": "PER", "Rosa Mena": "CHL"},
     {(("CHL", "PER"), "meeting", "2023-08-03", "held", "Santiago")}),

    ("'will call on the President' is a planned meeting; 'called on X to end' is an appeal",
     " date 2023-08-03 Peru's Foreign Minister Luis Vega will call on Chile's President Ana Soto in "
     "Santiago on Friday. Lawmakers in Chile called on President Paul Morel of Bolivia to end the "
     "strike.",
     {"PER", "CHL", "BOL"},
     {"Luis Vega": "PER", "Ana Soto": "CHL", "Paul Morel": "BOL"},
     {(("CHL", "PER"), "meeting", "2023-08-04", "planned", "Santiago")}),

    ("a communiqué's roster in bulleted lines '• State: H.E. President X' gives the summit's states",
     "The 12th Summit of the Heads of State of the Southern African Development Community (SADC) "
     "was held in Windhoek on 3 and 4 May 2019.\n\nThe Summit was attended by the following Heads of "
     "State:\n\n  • Botswana : H.E. President Kabo Molefe\n  • Namibia: H.E. President Tara Nangolo\n"
     "  • Zambia: Hon. Vice President Ruth Banda\n",
     {"BWA", "NAM", "ZMB"},
     {"Kabo Molefe": "BWA", "Tara Nangolo": "NAM", "Ruth Banda": "ZMB"},
     {(("BWA", "NAM", "ZMB"), "summit", "2019-05-03/2019-05-04", "held", "Windhoek")}),

    ("'delegations ... are those of A, B, C and D' join the meeting told before, past an arrival "
     "that names nobody; a closing line 'Published: 29/9/2022' dates an undated article",
     "Lima, Sep. 29.\n\nThis meeting of the region's foreign ministers will take place in Lima from "
     "October 5 to 7.\n\nDelegations from more than 30 countries will arrive in our country.\n\n"
     "Among the delegations that will be led by their ministers are those of Argentina, Bolivia, "
     "Chile and Uruguay.\n\nPublished: 29/9/2022\n",
     {"ARG", "BOL", "CHL", "URY", "PER"},
     {},
     {(("ARG", "BOL", "CHL", "URY"), "meeting", "2022-10-05/2022-10-07", "planned", "Lima")}),

    ("a given name before a known official's full name is one more of his names ('President "
     "Matamela Cyril Ramaphosa'); a body's name before it is not ('Israel's Mossad David Barnea')",
     " date 2023-08-20 President Matamela Cyril Ramaphosa of South Africa met Prime Minister "
     "Narendra Modi in Johannesburg on Saturday. The head of Israel's Mossad David Barnea stayed "
     "at home.",
     {"ZAF", "IND", "ISR"},
     {"Matamela Cyril Ramaphosa": "ZAF", "Narendra Modi": "IND", "David Barnea": "ISR"},
     {(("IND", "ZAF"), "meeting", "2023-08-19", "held", "Johannesburg")}),

    ("a meeting noun after a phrase set off by a comma is its verb's subject: 'On Tuesday, the "
     "summit ... will be held' is planned; 'Last week, an emergency summit in Cairo endorsed a plan' "
     "was held",
     " date 2020-04-13 On Tuesday afternoon, the virtual summit of China, Japan and South Korea will "
     "be held. Last week, an emergency summit of Egypt and Jordan in Cairo endorsed a plan.",
     {"CHN", "JPN", "KOR", "EGY", "JOR"},
     {},
     {(("CHN", "JPN", "KOR"), "summit", "2020-04-14", "planned", None),
      (("EGY", "JOR"), "summit", "2020-04", "held", "Cairo")}),

    ("'Among the distinguished attendees were X and Y' join the meeting told before; 'most "
     "participants backed it, without Russia' adds nobody",
     " date 2024-02-22 The G20 foreign ministers' meeting was held in Rio de Janeiro on Wednesday, "
     "chaired by Brazil's Foreign Minister Ana Soto. Among the distinguished attendees were Mexico's "
     "Foreign Minister Luis Vega and India's Foreign Minister Rosa Mena. It closed with most "
     "participants backing a statement, but without Russia.",
     {"BRA", "MEX", "IND", "RUS"},
     {"Ana Soto": "BRA", "Luis Vega": "MEX", "Rosa Mena": "IND"},
     {(("BRA", "IND", "MEX"), "meeting", "2024-02-21", "held", "Rio de Janeiro")}),

    ("a count of meetings ('have held seven summits since 1990') tells no one meeting; 'his "
     "Highness' is an honorific, no part of the name",
     " date 2024-04-22 Oman and Qatar have held seven summits since 1990. Oman has hosted seven GCC "
     "summits since 1990. On Sunday, Sultan Haitham "
     "bin Tariq of Oman received his Highness Ahmed Salem Nasser, the Vice President of the UAE, in "
     "Muscat.",
     {"OMN", "QAT", "ARE"},
     {"Sultan Haitham bin Tariq": "OMN", "Ahmed Salem Nasser": "ARE"},
     {(("ARE", "OMN"), "meeting", "2024-04-21", "held", "Muscat")}),

    ("a bloc's named summit in a headline ('12th SADC Summit urged Lesotho ...') is the summit "
     "told in full below, not one of its own",
     "Namibia: 12th SADC Summit urged Lesotho to hold elections\n\nThe 12th Summit of the Heads of "
     "State of the Southern African Development Community (SADC) was held in Windhoek on 3 and 4 May "
     "2019. It was attended by the presidents of Botswana, Namibia, Lesotho and Zambia.\n",
     {"BWA", "LSO", "NAM", "ZMB"},
     {},
     {(("BWA", "LSO", "NAM", "ZMB"), "summit", "2019-05-03/2019-05-04", "held", "Windhoek")}),

    ("a place's name is no official: 'the Rixos President Astana Hotel', 'China's Chongqing "
     "Municipality'",
     " date 2024-05-15 Kazakhstan's Foreign Minister Ana Soto met Turkey's Foreign Minister Luis "
     "Vega at the Rixos President Astana Hotel on Tuesday. Trade with China's Chongqing Municipality "
     "grew.",
     {"KAZ", "TUR", "CHN"},
     {"Ana Soto": "KAZ", "Luis Vega": "TUR"},
     {(("KAZ", "TUR"), "meeting", "2024-05-14", "held", None)}),

    ("after a particle, a place's name is a family name ('Ahmed Nasser Al Sabah', Sabah being a "
     "Malaysian state), and names no place",
     " date 2022-09-07 Kuwait's Foreign Minister Sheikh Ahmed Nasser Al Sabah met Qatar's Foreign "
     "Minister Luis Vega in Riyadh on Tuesday.",
     {"KWT", "QAT", "SAU"},
     {"Ahmed Nasser Al Sabah": "KWT", "Luis Vega": "QAT"},
     {(("KWT", "QAT"), "meeting", "2022-09-06", "held", "Riyadh")}),

    ("'X, Deputy Prime Minister for the Council of Ministers, will represent Oman' gives X's state",
     " date 2018-12-08 Kuwait's Emir Rosa Mena arrived in Riyadh on Saturday for the summit. Luis "
     "Vega, Deputy Prime Minister for the Council of Ministers, will represent Oman.",
     {"KWT", "OMN", "SAU"},
     {"Rosa Mena": "KWT", "Luis Vega": "OMN"},
     {(("KWT", "OMN"), "summit", "2018-12-08", "held", "Riyadh")}),

    ("'were meant to meet' is a plan; 'a series of meetings meant to ease tensions' is no plan",
     " date 2018-04-04 The leaders of Qatar and Bahrain were meant to meet in Washington on April 1. "
     "Japan and China held talks in Tokyo on Monday, the latest in a series of meetings meant to "
     "ease tensions.",
     {"QAT", "BHR", "USA", "JPN", "CHN"},
     {},
     {(("BHR", "QAT"), "meeting", "2018-04-01", "planned", "Washington"),
      (("CHN", "JPN"), "talks", "2018-04-02", "held", "Tokyo")}),

    ("'in Kazakhstan's Astana' is the place, and Kazakhstan no party",
     " date 2024-06-11 India and China held a meeting in Kazakhstan's Astana on Monday.",
     {"IND", "CHN", "KAZ"},
     {},
     {(("CHN", "IND"), "meeting", "2024-06-10", "held", "Astana")}),

    ("'leaders converged in Accra' is a meeting there",
     " date 2023-08-22 The leaders of Ghana, Togo and Benin converged in Accra on Tuesday.",
     {"GHA", "TGO", "BEN"},
     {},
     {(("BEN", "GHA", "TGO"), "meeting", "2023-08-22", "held", "Accra")}),

    ("an undated article is not dated by a date still to come ('will come into force on January "
     "1, 2020')",
     "The prime ministers of Armenia and Belarus met in Minsk today.\n\nThe decision they took will "
     "come into force on January 1, 2020.\n",
     {"ARM", "BLR"},
     {},
     {(("ARM", "BLR"), "meeting", None, "held", "Minsk")}),

    ("'views on regional security, North Korea, China and Ukraine': a list of topics that a "
     "common noun opens names no party",
     " date 2022-07-08 US Secretary of State Antony Blinken met Japan's Foreign Minister Luis Vega "
     "in Jakarta on Friday to exchange views on regional security, North Korea, China and Ukraine.",
     {"USA", "JPN", "PRK", "CHN", "UKR", "IDN"},
     {"Antony Blinken": "USA", "Luis Vega": "JPN"},
     {(("JPN", "USA"), "meeting", "2022-07-08", "held", "Jakarta")}),

    ("a state that a tour's sentence describes is a stop, not the visitor: 'The UAE marks the "
     "third stop on his tour, following visits to Saudi Arabia and Qatar'",
     " date 2025-05-15 US President Donald Trump arrived in Abu Dhabi on Thursday. The UAE marks the "
     "third stop on his tour, following visits to Saudi Arabia and Qatar.",
     {"USA", "ARE", "SAU", "QAT"},
     {"Donald Trump": "USA"},
     {(("ARE", "USA"), "visit", "2025-05-15", "held", "Abu Dhabi")}),

    ("'receives this Wednesday his counterpart from Peru, X' is a meeting; 'held two other "
     "bilateral meetings: with A, and with B' is one each",
     " date 2023-05-31 Chile's President Ana Soto receives this Wednesday his counterpart from Peru, "
     "Luis Vega, at the palace. On Tuesday, Soto held two other bilateral meetings: with the "
     "president of Bolivia, Rosa Mena, and with the president of Ecuador, Paul Morel.",
     {"CHL", "PER", "BOL", "ECU"},
     {"Ana Soto": "CHL", "Rosa Mena": "BOL", "Paul Morel": "ECU"},
     {(("CHL", "PER"), "meeting", "2023-05-31", "held", None),
      (("BOL", "CHL"), "meeting", "2023-05-30", "held", None),
      (("CHL", "ECU"), "meeting", "2023-05-30", "held", None)}),

    ("'have also not yet held bilateral talks with X', 'have yet to hold talks with X': no meeting",
     " date 2015-03-17 Chile's President Ana Soto and Peru's President Luis Vega have also not yet "
     "held bilateral talks with Bolivia's President Rosa Mena. Soto has yet to hold talks with "
     "Ecuador's President Paul Morel.",
     {"CHL", "PER", "BOL", "ECU"},
     {"Ana Soto": "CHL", "Luis Vega": "PER", "Rosa Mena": "BOL", "Paul Morel": "ECU"},
     set()),

    ("'eight leaders will be absent from the summit; most notably X and Y': the listed are absent, "
     "no meeting of their own",
     " date 2019-03-30 The leaders of Egypt, Jordan and Iraq will attend the Arab summit in Tunis on "
     "Sunday. Eight leaders will be absent from the summit; most notably Sudan's President Ana Soto "
     "and Algeria's President Luis Vega.",
     {"EGY", "JOR", "IRQ", "TUN", "SDN", "DZA"},
     {"Ana Soto": "SDN", "Luis Vega": "DZA"},
     {(("EGY", "IRQ", "JOR"), "summit", "2019-03-31", "planned", "Tunis")}),

    ("'agreed to convene the next round of AU-Ghana consultations in Accra' is a planned meeting",
     " date 2024-03-02 The two sides agreed to convene the next round of AU-Ghana consultations in "
     "Accra, on a date to be agreed.",
     {"GHA"},
     {},
     {(("GHA", "org:african-union"), "talks", None, "planned", "Accra")}),

    ("the lead's date for the meetings after it is not a report's ('said on Thursday that X will "
     "travel to Africa on March 16')",
     " date 2018-03-07 WASHINGTON -- The State Department said on Thursday that Secretary of State "
     "Rex Tillerson will travel to Africa on March 16.\n\nThe spokesperson said that his first trip "
     "to Africa will take him to Chad.\n",
     {"USA", "TCD"},
     {"Rex Tillerson": "USA"},
     {(("TCD", "USA"), "visit", "2018-03-16", "planned", "Chad")}),

    ("a body's members given by composition after its members' meeting ('It is made up of A, B, "
     "C and D') are the meeting's parties; the bloc's own meeting keeps the bloc",
     " date 2021-05-10 The meeting of heads of state of the river basin treaty takes place in "
     "Manaus on Monday.\n\nIt is made up of Bolivia, Brazil, Colombia and Peru.\n\nSeparately, "
     "a meeting between Mercosur and Japan was cancelled.\n\nMercosur comprises Argentina, "
     "Brazil, Paraguay and Uruguay.\n",
     {"BOL", "BRA", "COL", "PER", "JPN", "ARG", "PRY", "URY"},
     {},
     {(("BOL", "BRA", "COL", "PER"), "meeting", "2021-05-10", "held", "Manaus"),
      (("JPN", "org:mercosur"), "meeting", None, "cancelled", None)}),

    ("an acronym's mixed-case spelling names the body ('Nato', 'Asean')",
     " date 2022-06-14 Asean leaders met the Japanese prime minister in Tokyo on Tuesday. Nato "
     "ministers held talks with Finland in Brussels on the same day.",
     {"JPN", "FIN", "BEL"},
     {},
     {(("JPN", "org:asean"), "meeting", "2022-06-14", "held", "Tokyo"),
      (("FIN", "org:nato"), "talks", "2022-06-14", "held", "Brussels")}),

    ("a journey's end before the meeting word is the meeting's place ('departed for X this morning "
     "to attend the summit')",
     " date 2023-02-05 Angola's President Ana Mbala departed for Gaborone this morning to attend "
     "the summit of SADC heads of state with Botswana's president Duma Boko.",
     {"AGO", "BWA"},
     {"Ana Mbala": "AGO", "Duma Boko": "BWA"},
     {(("AGO", "BWA"), "summit", "2023-02-05", "held", "Gaborone")}),

    ("'will travel to X on Monday to meet Y': the meeting is the journey's purpose, one planned "
     "visit on Monday in X",
     " date 2023-02-05 Kenya's foreign minister Omar Ali will travel to Cairo on Monday to meet "
     "Egypt's foreign minister Sami Aziz.",
     {"KEN", "EGY"},
     {"Omar Ali": "KEN", "Sami Aziz": "EGY"},
     {(("EGY", "KEN"), "visit", "2023-02-06", "planned", "Cairo")}),

    ("'The bloc brings together A, B and C' tells the bloc's members, not who took part: the "
     "bloc's summit keeps the bloc",
     " date 2024-02-29 The summit of the Caribbean Community opened in Georgetown on Monday, with "
     "Brazil's president Rui Costa as a guest.\n\nThe bloc brings together Barbados, Belize, "
     "Dominica, Grenada and Jamaica.\n",
     {"BRA", "BRB", "BLZ", "DMA", "GRD", "JAM", "GUY"},
     {"Rui Costa": "BRA"},
     {(("BRA", "org:caricom"), "summit", "2024-02-26", "held", "Georgetown")}),

    ("'Asean leaders at the summit were X of A, Y of B ...' after the bloc's summit is told: the "
     "same summit, its parties the named members",
     " date 2017-04-29 President Rodrigo Duterte on Saturday opened the Asean summit in Manila."
     "\n\nAsean leaders at the summit were Singapore's Prime Minister Lee Hsien Loong, Thailand's "
     "Prime Minister Prayuth Chan-ocha and Malaysia's Prime Minister Najib Razak.\n",
     {"PHL", "SGP", "THA", "MYS"},
     {"Rodrigo Duterte": "PHL", "Lee Hsien Loong": "SGP", "Prayuth Chan-ocha": "THA",
      "Najib Razak": "MYS"},
     {(("MYS", "PHL", "SGP", "THA"), "summit", "2017-04-29", "held", "Manila")}),

    ("'the SADC Organ on Politics' is a body, no person named Organ",
     " date 2014-08-18 Zambia's President Ana Banda met Lesotho's Prime Minister Tom Sefali, "
     "chairperson of the SADC Organ on Politics, in Lusaka on Monday.",
     {"ZMB", "LSO"},
     {"Ana Banda": "ZMB", "Tom Sefali": "LSO"},
     {(("LSO", "ZMB"), "meeting", "2014-08-18", "held", "Lusaka")}),

    ("'a meeting is currently being held, including the foreign ministers of A, B and C': the "
     "list after 'including' names the parties, and 'currently' dates it to the article's day",
     " date 2024-03-21 The ministry said a meeting is currently being held, including the "
     "foreign ministers of Egypt, Qatar and Jordan, to discuss a ceasefire.",
     {"EGY", "QAT", "JOR"},
     {},
     {(("EGY", "JOR", "QAT"), "meeting", "2024-03-21", "held", None)}),

    ("'had phone calls with the presidents of A, B and C': one call each; 'The President' opening "
     "a sentence is the president the text is about",
     " date 2017-02-15 US President Donald Trump spoke with Nigeria's President Muhammadu Buhari "
     "on Monday.\n\nThe President also had phone calls with the presidents of Tunisia, Peru and "
     "Colombia.\n",
     {"USA", "NGA", "TUN", "PER", "COL"},
     {"Donald Trump": "USA", "Muhammadu Buhari": "NGA"},
     {(("NGA", "USA"), "call", "2017-02-13", "held", None),
      (("TUN", "USA"), "call", "2017-02-13", "held", None),
      (("PER", "USA"), "call", "2017-02-13", "held", None),
      (("COL", "USA"), "call", "2017-02-13", "held", None)}),

    ("a day range written with a minus sign ('on 3\u22124 April') is a range, as with a dash",
     " date 2025-02-17 The European Commission president Ana Rossi will visit Uzbekistan on "
     "3\u22124 April to meet President Shavkat Mirziyoyev.",
     {"UZB"},
     {"Ana Rossi": None, "Shavkat Mirziyoyev": "UZB"},
     {(("UZB", "org:european-union"), "visit", "2025-04-03/2025-04-04", "planned", "Uzbekistan")}),

    ("a day told first gives way to the stay that begins on it ('arrived on Thursday for a "
     "three-day visit'); 'after a five-day pause' is no meeting's length",
     " date 2018-03-23 President Ana Perera of Sri Lanka met Pakistan's President Omar Riaz in "
     "Islamabad on March 22.\n\nPerera arrived in Islamabad on Thursday for a three-day visit.\n\n"
     "Separately, Iran and the European Union resumed talks in Vienna on Thursday after a five-day "
     "pause.\n",
     {"LKA", "PAK", "IRN", "AUT"},
     {"Ana Perera": "LKA", "Omar Riaz": "PAK"},
     {(("LKA", "PAK"), "meeting", "2018-03-22/2018-03-24", "held", "Islamabad"),
      (("IRN", "org:european-union"), "talks", "2018-03-22", "held", "Vienna")}),

    ("'the suspension of the summit' calls it off",
     " date 2022-11-22 Ecuador's president Ana Vera confirmed the suspension of her summit with "
     "Bolivia's president Luis Ruiz.",
     {"ECU", "BOL"},
     {"Ana Vera": "ECU", "Luis Ruiz": "BOL"},
     {(("BOL", "ECU"), "summit", None, "cancelled", None)}),

    ("'due to the absence of X' names one who stayed away, after the words",
     " date 2022-11-22 The presidents of Chile, Colombia, Ecuador and Mexico met in Santiago on "
     "Monday, a meeting cut short due to the absence of the Peruvian president Pedro Castillo.",
     {"CHL", "COL", "ECU", "MEX", "PER"},
     {"Pedro Castillo": "PER"},
     {(("CHL", "COL", "ECU", "MEX"), "meeting", "2022-11-21", "held", "Santiago")}),

    ("'hosted the summit in X on Friday, hailing their unity as he welcomed the leaders of A, B and "
     "C': the host's guests are the summit's parties",
     " date 2023-11-04 Kazakh President Omar Sadykov hosted the summit of the Organization of "
     "Turkic States in Astana on Friday, hailing the strengthened unity of the \"brotherly nations\" "
     "as he welcomed the leaders of Azerbaijan, Kyrgyzstan, Turkey and Uzbekistan.",
     {"KAZ", "AZE", "KGZ", "TUR", "UZB"},
     {"Omar Sadykov": "KAZ"},
     {(("AZE", "KAZ", "KGZ", "TUR", "UZB"), "summit", "2023-11-03", "held", "Astana")}),

    ("'the CSTO Collective Security Council': a body's name that an unknown capitalised word runs "
     "into is that body's, not the UN Security Council",
     " date 2022-01-10 Armenia's Prime Minister Nikol Pashinyan met Russia's President Vladimir "
     "Putin and the CSTO Collective Security Council in Moscow on Monday.",
     {"ARM", "RUS"},
     {"Nikol Pashinyan": "ARM", "Vladimir Putin": "RUS"},
     {(("ARM", "RUS", "org:csto"), "meeting", "2022-01-10", "held", "Moscow")}),

    ("'postponed to March 30' is planned for the new day; 'postponed' alone, or 'deferred', is "
     "called off; 'looking forward to X visiting' is a plan",
     " date 2017-03-02 Mali's President Omar Keita has deferred his visit to Senegal's President "
     "Awa Ndiaye. Niger's President Ana Diallo has postponed her visit to Nigeria's President "
     "Musa Bello to March 30. Ghana's President Kofi Mensah said he was looking forward to Togo's "
     "President Yao Amegah visiting Ghana in April.",
     {"NER", "NGA", "MLI", "SEN", "GHA", "TGO"},
     {"Ana Diallo": "NER", "Musa Bello": "NGA", "Omar Keita": "MLI", "Awa Ndiaye": "SEN",
      "Kofi Mensah": "GHA", "Yao Amegah": "TGO"},
     {(("NER", "NGA"), "visit", "2017-03-30", "planned", "Nigeria"),
      (("MLI", "SEN"), "visit", None, "cancelled", "Senegal"),
      (("GHA", "TGO"), "visit", "2017-04", "planned", "Ghana")}),

    ("a headline's half-told visit ('Envoy's Visit To Minsk Postponed') takes the parties of the "
     "full telling that refers back to it",
     " date 2019-10-03 EU Foreign Policy Chief's Visit To Minsk Postponed Due To Agenda Changes\n\n"
     "The European Union postponed the visit of its foreign policy chief Federica Mogherini to "
     "Minsk, the delegation said on Thursday.\n",
     {"BLR"},
     {"Federica Mogherini": None},
     {(("BLR", "org:european-union"), "visit", None, "cancelled", "Minsk")}),

    ("'the visit of X, High Representative of the EU, to Y': the title set off by commas "
     "describes X, and the meeting goes on past it",
     " date 2019-10-03 The visit of Federica Mogherini, High Representative of the European "
     "Union, to Minsk has been postponed.",
     {"BLR"},
     {"Federica Mogherini": None},
     {(("BLR", "org:european-union"), "visit", None, "cancelled", "Minsk")}),

    ("'will speak with X on Thursday' is a planned call (the base form 'speak' is a call verb)",
     " date 2021-12-07 US President Joe Biden will speak with Ukrainian President Volodymyr "
     "Zelensky on Thursday.",
     {"USA", "UKR"},
     {"Joe Biden": "USA", "Volodymyr Zelensky": "UKR"},
     {(("UKR", "USA"), "call", "2021-12-09", "planned", None)}),

    ("a known official's name does not run on past a line break into a byline, nor into a "
     "headline's verb ('Xi Jinping Opens BRICS Summit')",
     " date 2017-09-03 Xi Jinping Opens BRICS Summit\n\nRemarks About Xi Jinping\n\nMohammad Khan "
     "(@mkhan) Published September 3, 2017\n\nChinese President Xi Jinping met India's Prime "
     "Minister Narendra Modi in Xiamen on Sunday.\n",
     {"CHN", "IND"},
     {"Xi Jinping": "CHN", "Narendra Modi": "IND"},
     {(("CHN", "org:brics"), "summit", None, "held", None),
      (("CHN", "IND"), "meeting", "2017-09-03", "held", "Xiamen")}),

    ("'Commissioner-General X' is a title and a name, not a longer name",
     " date 2024-03-21 The meeting in Cairo on Thursday was attended by Turkish Foreign Minister "
     "Hakan Fidan, Commissioner-General Philippe Lazzarini, and others.",
     {"TUR", "EGY"},
     {"Hakan Fidan": "TUR", "Philippe Lazzarini": None},
     {(("TUR", "org:united-nations"), "meeting", "2024-03-21", "held", "Cairo")}),

    ("'welcomed to the capital of Doha': the city after 'the capital of' is the visit's place",
     " date 2021-12-08 Saudi Crown Prince Mohammed bin Salman arrived in Qatar on Wednesday.\n\n"
     "He was welcomed to the capital of Doha by Sheikh Tamim bin Hamad Al Thani, Emir of Qatar.\n",
     {"QAT", "SAU"},
     {"Mohammed bin Salman": "SAU", "Tamim bin Hamad Al Thani": "QAT"},
     {(("QAT", "SAU"), "visit", "2021-12-08", "held", "Doha")}),

    ("'signed ... in the presence of X': X took part in the meeting told before",
     " date 2022-06-28 The presidents of Turkey, Finland and Sweden met in Madrid on Tuesday.\n\n"
     "Their foreign ministers signed a memorandum in the presence of the three leaders and Nato "
     "Secretary General Jens Stoltenberg.\n",
     {"TUR", "FIN", "SWE", "ESP"},
     {"Jens Stoltenberg": None},
     {(("FIN", "SWE", "TUR", "org:nato"), "meeting", "2022-06-28", "held", "Madrid")}),

    ("'telephonic conversations with A, B and C': one call each",
     " date 2022-04-21 Kenya's President Ana Wanjiru said on Monday that she had telephonic "
     "conversations with Russia's President Vladimir Putin, China's President Xi Jinping and US "
     "President Joe Biden last week.",
     {"KEN", "RUS", "CHN", "USA"},
     {"Ana Wanjiru": "KEN", "Vladimir Putin": "RUS", "Xi Jinping": "CHN", "Joe Biden": "USA"},
     {(("KEN", "RUS"), "call", "2022-04", "held", None),
      (("CHN", "KEN"), "call", "2022-04", "held", None),
      (("KEN", "USA"), "call", "2022-04", "held", None)}),

    ("'the presiding trio of Bosnia-Herzegovina', 'the presidency of X': a role, so the state "
     "after 'of' is a party",
     " date 2021-05-18 The summit in Kranj on Monday was attended by leaders from Croatia, "
     "Albania and the presiding trio of Bosnia-Herzegovina.",
     {"HRV", "ALB", "BIH", "SVN"},
     {},
     {(("ALB", "BIH", "HRV"), "summit", "2021-05-17", "held", "Kranj")}),

    ("another given name before a known official's surname is someone else ('Yasser Abbas' is "
     "not Mahmoud Abbas, 'Jill Biden' not Joe Biden); 'Professor' is an honorific",
     " date 2020-10-26 Sudan's irrigation minister, Professor Yasser Abbas, met Ethiopia's water "
     "minister Seleshi Bekele in Addis Ababa on Monday.",
     {"SDN", "ETH"},
     {"Yasser Abbas": "SDN", "Seleshi Bekele": "ETH"},
     {(("ETH", "SDN"), "meeting", "2020-10-26", "held", "Addis Ababa")}),

    ("'welcomed by New Zealand's Minister for Climate Change, Hon. X': the portfolio ends at "
     "'Change' (no one named Change), and a passive's agent may be a state's titled official",
     " date 2024-10-17 Fiji's Prime Minister Sitiveni Rabuka was welcomed by New Zealand's "
     "Minister for Climate Change, Hon. Simon Watts, in Auckland on Thursday.",
     {"FJI", "NZL"},
     {"Sitiveni Rabuka": "FJI", "Simon Watts": "NZL"},
     {(("FJI", "NZL"), "meeting", "2024-10-17", "held", "Auckland")}),

    ("'will speak Thursday with X', 'spoke on Tuesday with X': a call verb's 'with' may come after "
     "the day; 'spoke about X on Tuesday' is none",
     " date 2021-12-07 US President Joe Biden will speak Thursday with Ukrainian President "
     "Volodymyr Zelensky. Germany's Chancellor Olaf Scholz spoke on Tuesday with Poland's Prime "
     "Minister Mateusz Morawiecki. France's President Emmanuel Macron spoke about Russia's "
     "President Vladimir Putin on Tuesday.",
     {"USA", "UKR", "DEU", "POL", "FRA", "RUS"},
     {"Joe Biden": "USA", "Volodymyr Zelensky": "UKR", "Olaf Scholz": "DEU",
      "Mateusz Morawiecki": "POL", "Emmanuel Macron": "FRA", "Vladimir Putin": "RUS"},
     {(("UKR", "USA"), "call", "2021-12-09", "planned", None),
      (("DEU", "POL"), "call", "2021-12-07", "held", None)}),

    ("'..., the Prime Minister will hold talks with X': a bare title opening a clause is the first "
     "official of that title the text named, not the last",
     " date 2025-08-31 India's Prime Minister Narendra Modi met Japan's Prime Minister Shigeru "
     "Ishiba in Tokyo on Friday.\n\nOn Monday, the Prime Minister will hold talks with Russia's "
     "President Vladimir Putin.\n",
     {"IND", "JPN", "RUS"},
     {"Narendra Modi": "IND", "Shigeru Ishiba": "JPN", "Vladimir Putin": "RUS"},
     {(("IND", "JPN"), "meeting", "2025-08-29", "held", "Tokyo"),
      (("IND", "RUS"), "talks", "2025-09-01", "planned", None)}),

    ("'\"The President will also meet ...\"': a bare title opening a quote is the first official "
     "of that title named before",
     " date 2023-09-16 US President Joe Biden is expected to meet leaders of the region, an aide "
     "said.\n\n\"The President will also meet with the presidents of Kenya and Ghana in New York,\" "
     "the aide said.",
     {"USA", "KEN", "GHA"},
     {"Joe Biden": "USA"},
     {(("GHA", "KEN", "USA"), "meeting", None, "planned", "New York")}),

    ("'in February this year, X took part in the meeting of ...': the month dates the meeting the "
     "verb of taking part is about, and 'this year' is no date of its own",
     " date 2023-09-16 In February this year, Antony Blinken participated in the meeting of the "
     "foreign ministers of Kenya and Ghana in Nairobi.",
     {"USA", "KEN", "GHA"},
     {"Antony Blinken": "USA"},
     {(("GHA", "KEN", "USA"), "meeting", "2023-02", "held", "Nairobi")}),

    ("a meeting held in a month before the article's is not the one it tells as planned",
     " date 2023-09-16 Joe Biden will meet the presidents of Kenya and Ghana in New York. "
     "Meanwhile, in February, Antony Blinken took part in the meeting of the region's foreign "
     "ministers.",
     {"USA", "KEN", "GHA"},
     {"Joe Biden": "USA", "Antony Blinken": "USA"},
     {(("GHA", "KEN", "USA"), "meeting", None, "planned", "New York")}),

    ("'this inaugural summit', 'that historic visit': a demonstrative before unlisted adjectives "
     "refers back",
     " date 2023-09-16 The presidents of Kenya, Ghana and Togo will hold a summit. Trade is on "
     "the agenda. Officials said this inaugural summit will take place in Accra.",
     {"KEN", "GHA", "TGO"},
     {},
     {(("GHA", "KEN", "TGO"), "summit", None, "planned", "Accra")}),

    ("a dateline that is a sentence of its own ('CITY, State, Month Day.'): its date is the "
     "filing's, not the planned meeting's",
     " date 2023-09-16 BAKU, Azerbaijan, September 16. The presidents of Kenya and Ghana will "
     "meet in Nairobi, the ministry said.",
     {"AZE", "KEN", "GHA"},
     {},
     {(("GHA", "KEN"), "meeting", None, "planned", "Nairobi")}),

    ("'met with President X of A, President Y of B, and President Z of C': the last titled name "
     "with its state closes the list",
     " date 2018-08-12 Rhea Banda met with President Omar Diallo of Senegal, President Anna Rossi "
     "of Ghana, and President Paul Mensah of Togo on Sunday.",
     {"SEN", "GHA", "TGO"},
     {"Omar Diallo": "SEN", "Anna Rossi": "GHA", "Paul Mensah": "TGO"},
     {(("GHA", "SEN", "TGO"), "meeting", "2018-08-12", "held", None)}),

    ("'during a meeting with the crown prince, X discussed ...': a bare title after 'with' is the "
     "first official of that title named before",
     " date 2023-10-19 Crown Prince Mohammed bin Salman welcomed the delegates in Riyadh.\n"
     "During a meeting with the crown prince at the palace in Riyadh, Singapore's Prime Minister "
     "Lee Hsien Loong discussed trade.",
     {"SAU", "SGP"},
     {"Mohammed bin Salman": "SAU", "Lee Hsien Loong": "SGP"},
     {(("SAU", "SGP"), "meeting", None, "held", "Riyadh")}),

    ("'X will visit A, meet with the ministers of B and C, and chair a meeting': each verb after a "
     "comma or 'and' continues the clause, with its subject and status, and its own arguments only",
     " date 2022-05-25 Chinese Foreign Minister Wang Yi will visit Fiji.\n\nWang will also visit "
     "Samoa, meet with the foreign ministers of Tonga and Kiribati, and chair a meeting in Suva.",
     {"CHN", "FJI", "WSM", "TON", "KIR"},
     {"Wang Yi": "CHN"},
     {(("CHN", "FJI"), "visit", None, "planned", "Suva"),
      (("CHN", "WSM"), "visit", None, "planned", "Samoa"),
      (("CHN", "KIR", "TON"), "meeting", None, "planned", "Samoa")}),

    ("'..., Foreign Ministry Spokesperson Wang Wenbin announced': a person who reports, after a "
     "comma, is the speaker, not one more party",
     " date 2022-05-24 Foreign Minister Wang Yi will visit Samoa and Tonga from May 26 to May 30, "
     "Foreign Ministry Spokesperson Wang Wenbin announced on Tuesday.",
     {"CHN", "WSM", "TON"},
     {"Wang Yi": "CHN", "Wang Wenbin": "CHN"},
     {(("CHN", "WSM"), "visit", "2022-05-26/2022-05-30", "planned", "Samoa"),
      (("CHN", "TON"), "visit", "2022-05-26/2022-05-30", "planned", "Tonga")}),

    ("the Cook Islands and Niue are states of their own (they conduct their foreign relations and "
     "sit in the Pacific Islands Forum)",
     " date 2022-05-24 Fiji's prime minister held talks with the premier of Niue and the prime "
     "minister of the Cook Islands in Suva on Monday.",
     {"FJI", "NIU", "COK"},
     {},
     {(("COK", "FJI", "NIU"), "talks", "2022-05-23", "held", "Suva")}),

    ("honours of Malaysia, Brunei and Cambodia before a name ('Datuk Seri', 'Tan Sri', \"Dato' "
     "Seri\", 'Samdech Techo') are no part of it",
     " date 2021-04-06 Prime Minister Datuk Seri Rafi Osman of Malaysia met Cambodian Prime "
     "Minister Samdech Techo Hun Sen in Phnom Penh on Monday. Malaysian Foreign Minister Tan Sri "
     "Amir Hamid and Trade Minister Dato' Seri Lina Tan also attended.",
     {"MYS", "KHM"},
     {"Rafi Osman": "MYS", "Hun Sen": "KHM", "Amir Hamid": "MYS", "Lina Tan": "MYS"},
     {(("KHM", "MYS"), "meeting", "2021-04-05", "held", "Phnom Penh")}),

    ("'instead of meeting X', 'rather than meet X': no meeting",
     " date 2019-07-31 Jair Bolsonaro's decision to get a haircut instead of meeting the French "
     "foreign minister this week caused irritation. Kenya's president chose to rest rather than "
     "meet Uganda's president.",
     {"BRA", "FRA", "KEN", "UGA"},
     {"Jair Bolsonaro": "BRA"},
     set()),

    ("the talks a visit was to hold ('During the visit, X was to hold talks with Y') are the visit, "
     "called off with it",
     " date 2023-09-01 Indian Defence Minister Rajnath Singh has postponed his visit to Sri "
     "Lanka.\n\n\"The visit to Sri Lanka scheduled for 2-3 September has been deferred,\" the "
     "mission said.\n\nDuring the visit, Rajnath Singh was to hold talks with President Ranil "
     "Wickremesinghe.",
     {"IND", "LKA"},
     {"Rajnath Singh": "IND", "Ranil Wickremesinghe": "LKA"},
     {(("IND", "LKA"), "visit", "2023-09-02/2023-09-03", "cancelled", "Sri Lanka")}),

    ("'Commander of the UAE Armed Forces', 'Chief of the Defence Forces': a capitalised word "
     "before Forces, Army, Navy, Guards or Police names the institution, not a person",
     " date 2019-12-25 President Isaias Afwerki met in Abu Dhabi with Crown Prince and Deputy "
     "Supreme Commander of UAE Armed Forces, Sheikh Mohamed bin Zayed.",
     {"ERI", "ARE"},
     {"Isaias Afwerki": "ERI", "Mohamed bin Zayed": "ARE"},
     {(("ARE", "ERI"), "meeting", None, "held", "Abu Dhabi")}),

    ("'The Right Honourable', 'Rt Hon' before a name are no part of it",
     " date 2019-12-25 South Africa's President Cyril Ramaphosa met The Right Honourable Thomas "
     "Thabane, Prime Minister of Lesotho, in Maseru on Monday.",
     {"ZAF", "LSO"},
     {"Cyril Ramaphosa": "ZAF", "Thomas Thabane": "LSO"},
     {(("LSO", "ZAF"), "meeting", "2019-12-23", "held", "Maseru")}),

    ("an article without a date header is read against a timestamp in figures, year first "
     "('2025-05-15 09:46:46')",
     "Trump ends Gulf tour\n\n2025-05-15 09:46:46 (Agency) U.S. President Donald Trump met "
     "Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha on Thursday.",
     {"USA", "QAT"},
     {"Donald Trump": "USA", "Tamim bin Hamad Al Thani": "QAT"},
     {(("QAT", "USA"), "meeting", "2025-05-15", "held", "Doha")}),

    ("an undated article is read against a date on a line of its own ('Publish Date: 4 Oct, "
     "2017'), though the story below tells a plan",
     "Oman's ruler to visit Tehran\nPublish Date: 4 Oct, 2017 - 07:56\nSultan Qaboos will "
     "travel to Tehran on Sunday for talks with Iranian President Hassan Rouhani.",
     {"OMN", "IRN"},
     {"Hassan Rouhani": "IRN", "Qaboos": "OMN"},
     {(("IRN", "OMN"), "visit", "2017-10-08", "planned", "Tehran")}),

    ("a meeting on the sidelines of another told in its sentence is where that one is",
     " date 2019-06-14 Prime Minister Imran Khan on Thursday held a meeting with Russian President "
     "Vladimir Putin on the sidelines of the summit of the Shanghai Cooperation Organisation in "
     "Bishkek.",
     {"PAK", "RUS", "KGZ"},
     {"Imran Khan": "PAK", "Vladimir Putin": "RUS"},
     {(("PAK", "RUS"), "meeting", "2019-06-13", "held", "Bishkek"),
      (("PAK", "org:shanghai-cooperation-organisation"), "summit", "2019-06-13", "held",
       "Bishkek")}),

    ("'Special Representative of the OSCE Chairperson-in-Office Martin Sajdik', 'King Abdullah "
     "II of Jordan': a title of the OSCE's chair and a king's state are no part of the name",
     " date 2017-02-01 Ukraine held talks in Minsk with Special Representative of the OSCE "
     "Chairperson-in-Office Martin Sajdik. King Abdullah II of Jordan met the emir of Kuwait in "
     "Amman on Tuesday.",
     {"UKR", "BLR", "JOR", "KWT"},
     {"Martin Sajdik": None, "Abdullah II": "JOR"},
     {(("UKR", "org:osce"), "talks", None, "held", "Minsk"),
      (("JOR", "KWT"), "meeting", "2017-01-31", "held", "Amman")}),

    ("'Fahd bin Mahmoud Al Said': after a particle, a capitalised word of the rules ('said') is a "
     "family name",
     " date 2019-06-14 Omani Deputy Prime Minister Fahd bin Mahmoud Al Said met Saudi Foreign "
     "Minister Faisal bin Farhan in Muscat on Monday.",
     {"OMN", "SAU"},
     {"Fahd bin Mahmoud Al Said": "OMN", "Faisal bin Farhan": "SAU"},
     {(("OMN", "SAU"), "meeting", "2019-06-10", "held", "Muscat")}),

    ("'Hamad bin Said Al Aufi': a word of the rules after 'bin' is a family name too",
     " date 2023-05-27 Oman's Sultan Haitham bin Tarik met Iranian President Ebrahim Raisi in "
     "Tehran on Sunday. The Omani delegation included Hamad bin Said Al Aufi, Head of the "
     "Private Office.",
     {"OMN", "IRN"},
     {"Sultan Haitham bin Tarik": "OMN", "Ebrahim Raisi": "IRN", "Hamad bin Said Al Aufi": "OMN"},
     {(("IRN", "OMN"), "meeting", "2023-05-21", "held", "Tehran")}),

    ("'ahead of a Gulf Cooperation Council (GCC) meeting of foreign ministers': the meeting is "
     "still to come, however long its name",
     " date 2022-09-07 Saudi Arabia welcomed senior diplomats from Qatar, Kuwait, Oman, and "
     "Bahrain ahead of a Gulf Cooperation Council (GCC) meeting of foreign ministers, the agency "
     "reported on Wednesday.",
     {"SAU", "QAT", "KWT", "OMN", "BHR"},
     {},
     {(("BHR", "KWT", "OMN", "QAT", "SAU"), "meeting", None, "planned", None)}),

    ("'In a telephone conversation with X, Y accepted an invitation to visit': the plan words "
     "before a later meeting word are that one's; the call was held",
     " date 2019-08-11 In a telephone conversation with South African President Cyril Ramaphosa, "
     "President Muhammadu Buhari accepted an invitation to visit the country.",
     {"ZAF", "NGA"},
     {"Cyril Ramaphosa": "ZAF", "Muhammadu Buhari": "NGA"},
     {(("NGA", "ZAF"), "call", None, "held", None),
      (("NGA", "ZAF"), "visit", None, "planned", None)}),

    ("'The summit was held on Sunday, attended by X and Y': the participants of the sentence's "
     "meeting follow 'attended by' though its word stands before the verb",
     " date 2015-12-13 The summit was held on Sunday, attended by Afghan President Ashraf Ghani "
     "and Turkmen President Gurbanguly Berdimuhamedov.",
     {"AFG", "TKM"},
     {"Ashraf Ghani": "AFG", "Gurbanguly Berdimuhamedov": "TKM"},
     {(("AFG", "TKM"), "summit", "2015-12-13", "held", None)}),

    ("an undated article is read against its dateline's date ('LIMA, Sep 9, 2019 (Agency) -')",
     "LIMA, Sep 9, 2019 (Agency) - Peruvian President Martin Vizcarra met Colombian President "
     "Ivan Duque in Bogota on Friday.",
     {"PER", "COL"},
     {"Martin Vizcarra": "PER", "Ivan Duque": "COL"},
     {(("COL", "PER"), "meeting", "2019-09-06", "held", "Bogota")}),

    ("'UNITED STATES: ...': a state in capitals before a colon opening the story labels it, it is "
     "no party",
     " date 2024-12-04 UNITED STATES: Taiwanese President Lai Ching-te arrived in the Pacific "
     "nation of Tuvalu on Wednesday for talks with Prime Minister Feleti Teo.",
     {"TWN", "TUV", "USA"},
     {"Lai Ching-te": "TWN", "Feleti Teo": "TUV"},
     {(("TUV", "TWN"), "talks", "2024-12-04", "held", None)}),

    ("'X also met with President A of P, President B of Q and President C of R on the sidelines of "
     "the summit': the leaders one by one",
     " date 2018-08-12 Hassan Rouhani also met with President Vladimir Putin of Russia, President "
     "Nursultan Nazarbayev of Kazakhstan, and President Ilham Aliyev of Azerbaijan, on the "
     "sidelines of the summit.",
     {"IRN", "RUS", "KAZ", "AZE"},
     {"Hassan Rouhani": "IRN", "Vladimir Putin": "RUS", "Nursultan Nazarbayev": "KAZ",
      "Ilham Aliyev": "AZE"},
     {(("IRN", "RUS"), "meeting", None, "held", None),
      (("IRN", "KAZ"), "meeting", None, "held", None),
      (("AZE", "IRN"), "meeting", None, "held", None)}),

    ("'departed for the Burundi capital, Bujumbura, to attend the summit': the journey's end, "
     "named after the capital, is the summit's place",
     " date 2023-02-04 Ugandan President Yoweri Museveni departed for the Burundi capital, "
     "Bujumbura this morning to attend the summit of the East African Community.",
     {"UGA", "BDI"},
     {"Yoweri Museveni": "UGA"},
     {(("BDI", "UGA"), "summit", "2023-02-04", "held", "Bujumbura")}),

    ("', the President of China Xi Jinping,' goes on a list of titled names: the title, its state, "
     "then the name",
     " date 2024-07-04 President Kassym-Jomart Tokayev has already hosted President of Azerbaijan "
     "Ilham Aliyev, the President of China Xi Jinping and President of Tajikistan Emomali Rahmon.",
     {"KAZ", "AZE", "CHN", "TJK"},
     {"Kassym-Jomart Tokayev": "KAZ", "Ilham Aliyev": "AZE", "Xi Jinping": "CHN",
      "Emomali Rahmon": "TJK"},
     {(("AZE", "CHN", "KAZ", "TJK"), "meeting", "2024-07-04", "held", None)}),

    ("in an article about one pair of states, 'the first round of talks was held in Oslo in March' "
     "and 'a meeting took place between the envoys of the two countries in Geneva' are theirs",
     " date 2023-09-12 Serbia and Kosovo will hold a new round of talks in Brussels on Friday. "
     "The first round of talks was held in Oslo on March 3. "
     "A further meeting took place between the envoys of the two countries in Geneva on May 9.",
     {"SRB", "XKX", "BEL", "NOR", "CHE"},
     {},
     {(("SRB", "XKX"), "talks", "2023-09-15", "planned", "Brussels"),
      (("SRB", "XKX"), "talks", "2023-03-03", "held", "Oslo"),
      (("SRB", "XKX"), "meeting", "2023-05-09", "held", "Geneva")}),

    ("the headline's and lead's call, told with no date, is the news of the day: 'the "
     "consultations held ... last month' refers not back to it, and is between 'our two nations'",
     " date 2021-06-15 Phone call with the President of Ghana\n"
     "President Macky Sall of Senegal has held a phone call with President Nana Akufo-Addo of "
     "Ghana. They welcomed the results of the consultations held by the trade ministers of our "
     "two nations last month.",
     {"SEN", "GHA"},
     {"Macky Sall": "SEN", "Nana Akufo-Addo": "GHA"},
     {(("GHA", "SEN"), "call", "2021-06-15", "held", None),
      (("GHA", "SEN"), "talks", "2021-05", "held", None)}),

    ("'Name (host)' in a roster is a note on who hosts, no host verb: the sentence stays a "
     "roster of the summit told before",
     " date 2019-03-02 The Third Andean Summit opened in Lima.\n\n"
     "The presidents of Colombia, Iván Duque; Ecuador, Lenín Moreno; and Peru, Martín Vizcarra "
     "(host), are the only leaders present.",
     {"COL", "ECU", "PER"},
     {"Iván Duque": "COL", "Lenín Moreno": "ECU", "Martín Vizcarra": "PER"},
     {(("COL", "ECU", "PER"), "summit", None, "held", "Lima")}),

    ("'The absent presidents are X, A; Y, B ...': a roster told with a word of absence lists who "
     "stayed away, not who took part",
     " date 2019-03-02 The presidents of Colombia, Iván Duque, of Ecuador, Lenín Moreno, and of "
     "Peru, Martín Vizcarra, met in Lima for the Andean Summit.\n\n"
     "The absent presidents are Evo Morales, Bolivia; Mauricio Macri, Argentina; and Jair "
     "Bolsonaro, Brazil.",
     {"COL", "ECU", "PER", "BOL", "ARG", "BRA"},
     {"Iván Duque": "COL", "Lenín Moreno": "ECU", "Martín Vizcarra": "PER", "Evo Morales": "BOL",
      "Mauricio Macri": "ARG", "Jair Bolsonaro": "BRA"},
     {(("COL", "ECU", "PER"), "summit", None, "held", "Lima")}),

    ("'the Ministers of Water Affairs of A, B and C held a meeting': a field we do not list, "
     "between the role and 'of', keeps the states the role's",
     " date 2021-02-10 The Ministers of Fisheries and Marine Affairs of Ghana, Togo and Benin "
     "held a virtual meeting on Tuesday.",
     {"GHA", "TGO", "BEN"},
     {},
     {(("BEN", "GHA", "TGO"), "meeting", "2021-02-09", "held", None)}),

    ("a middle initial with its period inside a known official's name ('Antony J. Blinken') is "
     "one person, not two",
     " date 2023-03-01 US Secretary of State Antony J. Blinken met Kazakh Foreign Minister "
     "Mukhtar Tileuberdi in Astana on Tuesday.",
     {"USA", "KAZ"},
     {"Antony J. Blinken": "USA", "Mukhtar Tileuberdi": "KAZ"},
     {(("KAZ", "USA"), "meeting", "2023-02-28", "held", "Astana")}),

    ("'while the leaders of A, the B (BB), C and D all failed to show up': the whole list before "
     "the absence stayed away, not only its last state",
     " date 2019-06-04 The summit of the Arab Maghreb Union opened on Tuesday in Rabat, attended "
     "by the presidents of Morocco and Tunisia, while the leaders of Algeria, the United Arab "
     "Emirates (UAE), Mauritania and Egypt all failed to show up.",
     {"MAR", "TUN", "DZA", "ARE", "MRT", "EGY"},
     {},
     {(("MAR", "TUN"), "summit", "2019-06-04", "held", "Rabat")}),

    ("'the Gulf Cooperation Council's summit of six member states': a count equal to the bloc's "
     "known members names them all",
     " date 2018-12-10 The Gulf Cooperation Council's summit of six member states opened in "
     "Riyadh on Sunday.",
     {"ARE", "BHR", "KWT", "OMN", "QAT", "SAU"},
     {},
     {(("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"), "summit", "2018-12-09", "held", "Riyadh")}),

    ("'a summit ... was called off when the Kenyan delegation failed to turn up': a meeting "
     "called off keeps the party whose absence called it off",
     " date 2025-12-20 A summit between Presidents William Ruto of Kenya and Yoweri Museveni of "
     "Uganda in Kampala was called off this month when the Kenyan delegation failed to turn up.",
     {"KEN", "UGA"},
     {"William Ruto": "KEN", "Yoweri Museveni": "UGA"},
     {(("KEN", "UGA"), "summit", "2025-12", "cancelled", "Kampala")}),

    ("'five of eight member nations refused to attend': a part of a bloc's members counted is "
     "not all of them",
     " date 2016-09-30 Pakistan has postponed the SAARC summit in Islamabad, where five of eight "
     "member nations refused to attend.",
     {"PAK"},
     {},
     {(("PAK", "org:saarc"), "summit", None, "cancelled", "Islamabad")}),

    ("'exchanged views on regional issues including the Ukraine conflict and Afghanistan': the "
     "examples of a topic, and a state after 'and' that joins them, are topics, not parties",
     " date 2022-07-08 On Friday, Jaishankar met Russian Foreign Minister Sergey Lavrov and "
     "exchanged views on regional issues including the Ukraine conflict and Afghanistan.",
     {"RUS", "UKR", "AFG", "IND"},
     {"Jaishankar": "IND", "Sergey Lavrov": "RUS"},
     {(("IND", "RUS"), "meeting", "2022-07-08", "held", None)}),

    ("a quoted post opening with a verb ('\"Met FM X of Russia on the sidelines of the Bali G20 "
     "FMM.') is the article's first person's meeting; the city naming the event, and 'FMM', keep "
     "the forum a setting",
     " date 2022-07-08 Indian Foreign Minister S Jaishankar said on Friday that he held several "
     "meetings in Bali.\n\n"
     "\"Met FM Sergey Lavrov of Russia on the sidelines of the Bali G20 FMM. Discussed bilateral "
     "matters,\" he said.",
     {"IND", "RUS", "IDN"},
     {"S Jaishankar": "IND", "Sergey Lavrov": "RUS"},
     {(("IND", "RUS"), "meeting", None, "held", None)}),

    ("'held a bilateral meeting with X ... had come to attend the Shanghai Cooperation Summit "
     "(SCO)': a meeting told as bilateral and the summit are two meetings, and a city that starts "
     "an event's name is no party",
     " date 2024-07-04 Turkish President Recep Tayyip Erdoğan held a bilateral meeting with "
     "Chinese President Xi Jinping in Astana on Thursday. The two presidents had come to "
     "Kazakhstan to attend the Shanghai Cooperation Summit (SCO).",
     {"TUR", "CHN", "KAZ"},
     {"Recep Tayyip Erdoğan": "TUR", "Xi Jinping": "CHN"},
     {(("CHN", "TUR"), "meeting", "2024-07-04", "held", "Astana"),
      (("CHN", "TUR", "org:shanghai-cooperation-organisation"), "summit", "2024-07-04", "held",
       "Astana")}),

    ("a communique's roster: a colon ending a line opens a list, one 'H.E. Name SURNAME, "
     "President of the Republic of X.' a line, each joining the summit told before",
     " date 2023-03-10 The Heads of State of the Southern African Development Community met in "
     "an Extraordinary Summit in Windhoek on 9 March 2023.\n"
     "Present at the Summit were the following Heads of State:\n"
     "H.E. Hage GEINGOB, President of the Republic of Namibia.\n"
     "H.E. Hakainde HICHILEMA, President of the Republic of Zambia.\n"
     "H.E. Mokgweetsi MASISI, President of the Republic of Botswana.\n",
     {"NAM", "ZMB", "BWA"},
     {"Hage Geingob": "NAM", "Hakainde Hichilema": "ZMB", "Mokgweetsi Masisi": "BWA"},
     {(("BWA", "NAM", "ZMB"), "summit", "2023-03-09", "held", "Windhoek")}),

    ("'His visit will include meetings with A and B': the meetings a visit holds are the "
     "visitor's, one for each named",
     " date 2024-02-07 New Zealand Foreign Minister Winston Peters will travel to three countries "
     "in five days.\n\n"
     "His visit will include meetings with Cook Islands Prime Minister Mark Brown and Samoa Prime "
     "Minister Fiame Naomi Mataafa.",
     {"NZL", "COK", "WSM"},
     {"Winston Peters": "NZL", "Mark Brown": "COK", "Fiame Naomi Mataafa": "WSM"},
     {(("COK", "NZL"), "meeting", None, "planned", None),
      (("NZL", "WSM"), "meeting", None, "planned", None)}),

    ("'Heads of State who were to meet in Arusha under the Summit Chair, X, include A (Kenya), B "
     "(Uganda) and C (Rwanda)': the list after 'include' takes part; 'Summit Chair' is an office, "
     "no meeting",
     " date 2017-04-05 Heads of State who were to meet in Arusha on Thursday under the Summit "
     "Chair, John Magufuli, include President Uhuru Kenyatta (Kenya), Yoweri Museveni (Uganda) and "
     "Paul Kagame (Rwanda).",
     {"KEN", "UGA", "RWA", "TZA"},
     {"John Magufuli": "TZA", "Uhuru Kenyatta": "KEN", "Yoweri Museveni": "UGA",
      "Paul Kagame": "RWA"},
     {(("KEN", "RWA", "TZA", "UGA"), "meeting", "2017-04-06", "planned", "Arusha")}),

    ("'It is the third meeting between representatives for A, B and C in this format': the "
     "summit told before, counted, and those who stand for a state are its parties",
     " date 2018-09-17 A two-day summit of the Nordic-Baltic Eight opens in Riga on Monday. It is "
     "the third meeting between representatives for Latvia, Lithuania and Estonia in this format.",
     {"LVA", "LTU", "EST"},
     {},
     {(("EST", "LTU", "LVA"), "summit", "2018-09-17/2018-09-18", "held", "Riga")}),

    ("'The guests expected in Riga include US Secretary of Energy X, Y and Z': three "
     "parties or more after 'include' join the meeting held where the roster says, not the last "
     "one told elsewhere",
     " date 2018-09-17 A two-day summit of Latvia, Lithuania and Estonia opens in Riga on Monday. "
     "The first such summit was held in Vilnius in 2016.\n\n"
     "The guests expected in Riga include US Secretary of Energy Rick Perry, German "
     "Foreign Minister Heiko Maas and Polish Foreign Minister Jacek Czaputowicz.",
     {"LVA", "LTU", "EST", "USA", "DEU", "POL"},
     {"Rick Perry": "USA", "Heiko Maas": "DEU", "Jacek Czaputowicz": "POL"},
     {(("DEU", "EST", "LTU", "LVA", "POL", "USA"), "summit", "2018-09-17/2018-09-18", "held",
       "Riga")}),

    ("'The other leaders here in Auckland represent A, B, C and D': a roster after 'represent', "
     "joining the meeting held in the city it names though a later trip was told since",
     " date 2013-08-30 The leaders of eight Polynesian countries are meeting in Auckland for their "
     "annual gathering.\n\n"
     "Next week the leaders will travel to the Marshall Islands for the Pacific Islands Forum.\n\n"
     "The other Polynesian leaders here in Auckland represent Tonga, Tuvalu, Niue and Samoa.",
     {"TON", "TUV", "NIU", "WSM", "NZL", "MHL"},
     {},
     {(("NIU", "TON", "TUV", "WSM"), "meeting", "2013-08-30", "held", "Auckland")}),

    ("'During the visit, X will meet with President A of P, B of Q and C of R': a tour's leaders "
     "are met one by one, each meeting the visit to that state",
     " date 2014-04-18 Chinese Foreign Minister Wang Yi will visit Cuba, Venezuela and Argentina "
     "next week. During the visit, Wang will meet with Cuban President Raul Castro, Venezuelan "
     "President Nicolas Maduro and Argentine President Cristina Fernandez de Kirchner.",
     {"CHN", "CUB", "VEN", "ARG"},
     {"Wang Yi": "CHN", "Raul Castro": "CUB", "Nicolas Maduro": "VEN",
      "Cristina Fernandez de Kirchner": "ARG"},
     {(("CHN", "CUB"), "visit", "2014-04", "planned", "Cuba"),
      (("CHN", "VEN"), "visit", "2014-04", "planned", "Venezuela"),
      (("ARG", "CHN"), "visit", "2014-04", "planned", "Argentina")}),

    ("'a date is set for the meeting between X and Y': a meeting with its date fixed is planned",
     " date 2021-06-03 The EU envoy said a date is set for the meeting between Serbian President "
     "Aleksandar Vucic and Kosovo Prime Minister Albin Kurti in Brussels.",
     {"SRB", "XKX", "BEL"},
     {"Aleksandar Vucic": "SRB", "Albin Kurti": "XKX"},
     {(("SRB", "XKX", "org:european-union"), "meeting", None, "planned", "Brussels")}),

    ("'A (Peru), B (Colombia) and C (Ecuador) signed the pact. The signing took place at the "
     "Amazon Summit': a roster told before any meeting goes to the summit told next with no state "
     "of its own, with its date",
     " date 2019-09-09 Presidents Martin Vizcarra (Peru), Ivan Duque (Colombia) and Lenin Moreno "
     "(Ecuador) on Friday signed a pact on the rainforest.\n\n"
     "The signing took place at the Amazon Summit in Bogota.",
     {"PER", "COL", "ECU"},
     {"Martin Vizcarra": "PER", "Ivan Duque": "COL", "Lenin Moreno": "ECU"},
     {(("COL", "ECU", "PER"), "summit", "2019-09-06", "held", "Bogota")}),

    ("'Representatives from A, B, C and D were excluded from the summit': excluded states stayed "
     "away",
     " date 2022-05-28 Leaders of Angola, Kenya and Ghana met in Malabo on Friday for a summit of the "
     "African Union. Representatives from Mali, Sudan, Guinea and Burkina Faso were excluded from "
     "the summit.",
     {"AGO", "KEN", "GHA", "MLI", "SDN", "GIN", "BFA", "GNQ"},
     {},
     {(("AGO", "GHA", "KEN"), "summit", "2022-05-27", "held", "Malabo")}),

    ("'met on the sidelines of the United Nations General Assembly (UNGA)': the bracketed "
     "abbreviation is the setting its name is, no party",
     " date 2020-10-05 In 2019, the foreign ministers of India, Japan, Australia and the United "
     "States met on the sidelines of the United Nations General Assembly (UNGA).",
     {"IND", "JPN", "AUS", "USA"},
     {},
     {(("AUS", "IND", "JPN", "USA"), "meeting", None, "held", None)}),

    ("'talks with the Iran-backed Houthi rebels': the backer named in a hyphenated word is no "
     "party",
     " date 2023-04-10 Saudi officials were in Sanaa on Sunday for talks with the Iran-backed "
     "Houthi rebels.",
     {"SAU", "IRN", "YEM"},
     {},
     {(("SAU", "org:houthis"), "talks", "2023-04-09", "held", "Sanaa")}),

    ("'the Head of State also held a bilateral meeting with X': a bare generic title stands for "
     "the first person named whose title is of its class, and 'also' a few words before the "
     "meeting word keeps the place of that person's meeting before",
     " date 2023-05-10 President Joko Widodo met Prime Minister Anwar Ibrahim of Malaysia in Labuan "
     "Bajo on Tuesday.\n\n"
     "In addition, the Head of State also held a bilateral meeting with Lao Prime Minister Sonexay "
     "Siphandone.",
     {"IDN", "MYS", "LAO"},
     {"Joko Widodo": "IDN", "Anwar Ibrahim": "MYS", "Sonexay Siphandone": "LAO"},
     {(("IDN", "MYS"), "meeting", "2023-05-09", "held", "Labuan Bajo"),
      (("IDN", "LAO"), "meeting", "2023-05-09", "held", "Labuan Bajo")}),

    ("'the bloc will hold its summit in a member's city': a bloc's meeting with no state named "
     "beside it, held in a member state, has that state as its host and a party",
     " date 2022-09-07 The Arab League will hold its annual summit in Algiers in November, the bloc "
     "said on Wednesday.",
     {"DZA"},
     {},
     {(("DZA", "org:arab-league"), "summit", "2022-11", "planned", "Algiers")}),

    ("'A, title of X; B, title of Y; and C of Z ended the summit': semicolons between the "
     "items of a list of people closed by 'and' keep the list whole",
     " date 2023-08-24 Vanuatu's Prime Minister, Ishmael Kalsakau, Fiji's Prime Minister, Sitiveni "
     "Rabuka; and Papua New Guinea's Prime Minister, James Marape ended the summit with a retreat "
     "in Port Vila on Thursday.",
     {"VUT", "FJI", "PNG"},
     {"Ishmael Kalsakau": "VUT", "Sitiveni Rabuka": "FJI", "James Marape": "PNG"},
     {(("FJI", "PNG", "VUT"), "summit", "2023-08-24", "held", "Port Vila")}),

    ("'the OIC will hold a summit in Riyadh': the gazetteer knows the bloc's members, so the "
     "member whose capital holds its meeting is a party",
     " date 2023-11-09 The Organisation of Islamic Cooperation will hold an extraordinary summit in "
     "Riyadh on Saturday.",
     {"SAU"},
     {},
     {(("SAU", "org:organisation-of-islamic-cooperation"), "summit", "2023-11-11", "planned",
       "Riyadh")}),

    ("'A, B and C are represented at the summit': 'represented at' tells who took part",
     " date 2021-08-23 The summit opened in Kyiv on Monday. At the level of ambassadors, New "
     "Zealand, Malta and Japan are represented at the summit.",
     {"NZL", "MLT", "JPN", "UKR"},
     {},
     {(("JPN", "MLT", "NZL"), "summit", "2021-08-23", "held", "Kyiv")}),

    ("'addressing the other participant states (A, B and C) in Ashgabat': 'participant states' "
     "tells who took part in the meeting told just before, and where, when it had no place",
     " date 2022-06-30 President Ivan Petrov of Russia attended the summit of the Caspian states on "
     "Wednesday. Addressing the other participant states (Azerbaijan, Iran and Kazakhstan) in "
     "Ashgabat, he called for closer ties.",
     {"RUS", "AZE", "IRN", "KAZ", "TKM"},
     {"Ivan Petrov": "RUS"},
     {(("AZE", "IRN", "KAZ", "RUS"), "summit", "2022-06-29", "held", "Ashgabat")}),

    ("'A, B and C were also part of the meeting': 'part of' with a meeting noun tells who took "
     "part; without one it does not",
     " date 2023-07-17 Last week, the Kenyan president chaired a meeting on Sudan in Addis Ababa. "
     "Besides Kenya, South Sudan and Djibouti were also part of the meeting. Djibouti was part "
     "of the French empire.",
     {"KEN", "SSD", "DJI", "SDN", "FRA", "ETH"},
     {},
     {(("DJI", "KEN", "SSD"), "meeting", "2023-07", "held", "Addis Ababa")}),

    ("a full date with a time of day after it ('02 May, 2025 10:40 AM') is the byline's: it "
     "dates an article without a date header, though a later date (the day the page was read) "
     "stands above it",
     "Sunday, February 8, 2026\n\nNews Desk, 02 May, 2025 10:40 AM\n\nThe prime ministers of Canada "
     "and Japan met in Ottawa on Wednesday.",
     {"CAN", "JPN"},
     {},
     {(("CAN", "JPN"), "meeting", "2025-04-30", "held", "Ottawa")}),

    ("'his first visit will take place in Hungary': 'first' before the meeting word is no "
     "'first scheduled', so 'will' makes the visit planned",
     " date 2017-12-20 Polish Prime Minister Jan Nowak's first visit will take place in Hungary.",
     {"POL", "HUN"},
     {"Jan Nowak": "POL"},
     {(("HUN", "POL"), "visit", None, "planned", "Hungary")}),

    ("'where his stay is to include a meeting with X': the possessor of what includes the "
     "meeting takes part in it",
     " date 2018-11-03 President Tom Baker of the United States has cancelled a visit to Colombia. "
     "Baker had planned the visit to take place after his attendance at a summit in Buenos Aires, "
     "where his stay is to include a meeting over dinner with Chinese President Li Wen.",
     {"USA", "CHN", "ARG", "COL"},
     {"Tom Baker": "USA", "Li Wen": "CHN"},
     {(("COL", "USA"), "visit", None, "cancelled", "Colombia"),
      (("CHN", "USA"), "meeting", None, "planned", "Buenos Aires")}),

    ("'X, who is in Osaka, Japan for the G20 summit, hosted A and B for a meeting': a meeting "
     "word in the subject's aside does not cut the subject off; the aside names no party",
     " date 2019-06-28 Indian Prime Minister Ravi Das, who is in Osaka, Japan for the G20 Summit, "
     "hosted Chinese President Li Wen and Russian President Ivan Petrov for an informal meeting.",
     {"IND", "JPN", "CHN", "RUS"},
     {"Ravi Das": "IND", "Li Wen": "CHN", "Ivan Petrov": "RUS"},
     {(("CHN", "IND", "RUS"), "meeting", "2019-06-28", "held", "Osaka")}),

    ("'Attendees at the summit included A; B; C': 'attendees at' and 'participants at/in' "
     "tell who took part in the summit told before",
     " date 2022-12-09 Saudi Arabia hosted Arab leaders in Riyadh on Friday for a summit with China. "
     "Attendees at the summit included Egyptian President Omar Nabil; Kuwaiti Crown Prince Fahd "
     "Salem; Tunisian President Karim Ben Ali.",
     {"SAU", "CHN", "EGY", "KWT", "TUN"},
     {"Omar Nabil": "EGY", "Fahd Salem": "KWT", "Karim Ben Ali": "TUN"},
     {(("CHN", "EGY", "KWT", "SAU", "TUN"), "summit", "2022-12-09", "held", "Riyadh")}),

    ("'X is represented by Y, who is due to hold bilateral meetings with A and B': the relative "
     "clause's meetings end the list of those taking part",
     " date 2023-10-05 Croatia is represented by Prime Minister Ivo Horvat, who is due to hold "
     "bilateral meetings with Kosovo President Ana Berisha and Norwegian Prime Minister Per Lund.",
     {"HRV", "XKX", "NOR"},
     {"Ivo Horvat": "HRV", "Ana Berisha": "XKX", "Per Lund": "NOR"},
     {(("HRV", "XKX"), "meeting", None, "planned", None),
      (("HRV", "NOR"), "meeting", None, "planned", None)}),

    ("'the first summit of the Alliance of the Sahel States will be held in Niamey': the bloc's "
     "other name, and its members, so the host member is a party",
     " date 2024-07-05 The first summit of the Alliance of the Sahel States will be held in Niamey "
     "on Saturday.",
     {"NER"},
     {},
     {(("NER", "org:alliance-of-sahel-states"), "summit", "2024-07-06", "planned", "Niamey")}),

    ("'arrived at King Abdulaziz Air Base in Dhahran': 'Base' ends a name, so the air base is "
     "no official",
     " date 2018-04-15 The Omani Deputy Prime Minister Fahd bin Mahmoud Al Said arrived at King "
     "Abdulaziz Air Base in Dhahran yesterday.",
     {"OMN", "SAU"},
     {"Fahd bin Mahmoud Al Said": "OMN"},
     {(("OMN", "SAU"), "visit", "2018-04-14", "held", "Dhahran")}),

    ("'phone calls to his Saudi, Sudanese, Iraqi, Jordanian and Kenyan counterparts': a long "
     "list of demonyms before the role still names each counterpart",
     " date 2023-05-04 Egyptian Foreign Minister Omar Hassan made phone calls on Thursday to his "
     "Saudi, Sudanese, Iraqi, Jordanian and Kenyan counterparts.",
     {"EGY", "SAU", "SDN", "IRQ", "JOR", "KEN"},
     {"Omar Hassan": "EGY"},
     {(("EGY", "SAU"), "call", "2023-05-04", "held", None),
      (("EGY", "SDN"), "call", "2023-05-04", "held", None),
      (("EGY", "IRQ"), "call", "2023-05-04", "held", None),
      (("EGY", "JOR"), "call", "2023-05-04", "held", None),
      (("EGY", "KEN"), "call", "2023-05-04", "held", None)}),

    ("'a phone call to each of A and B': one call each",
     " date 2023-05-04 Egyptian Foreign Minister Omar Hassan made a phone call on Thursday to each "
     "of Kenyan President Paul Otieno and Ugandan President Sam Okello.",
     {"EGY", "KEN", "UGA"},
     {"Omar Hassan": "EGY", "Paul Otieno": "KEN", "Sam Okello": "UGA"},
     {(("EGY", "KEN"), "call", "2023-05-04", "held", None),
      (("EGY", "UGA"), "call", "2023-05-04", "held", None)}),

    ("'held a telephone conversation', a blank line, 'with President X': a blank line between "
     "two lower-case words is a page's break inside the sentence",
     " date 2025-03-31 Prime Minister Ali Raza of Pakistan on Monday held a telephone "
     "conversation\n\nwith President of Iran Reza Karimi on Eid.",
     {"PAK", "IRN"},
     {"Ali Raza": "PAK", "Reza Karimi": "IRN"},
     {(("IRN", "PAK"), "call", "2025-03-31", "held", None)}),

    ("a headline in title case, 'Ali Raza Telephones Iranian President, Extends Greetings': the "
     "verbs end the name and are no names",
     " date 2025-03-31 PM Ali Raza Telephones Iranian President, Extends Greetings\n\n"
     "Pakistani Prime Minister Ali Raza on Monday held a telephone conversation with President "
     "Reza Karimi of Iran.",
     {"PAK", "IRN"},
     {"Ali Raza": "PAK", "Reza Karimi": "IRN"},
     {(("IRN", "PAK"), "call", "2025-03-31", "held", None)}),

    ("officials named without a title by another spelling or order of their name ('Kishida "
     "Fumio', 'Qasym-Zhomart Toqaev', 'Matamela Cyril Ramaphosa') and a few more officials "
     "('Nancy Pelosi')",
     " date 2024-04-10 Kishida Fumio met Qasym-Zhomart Toqaev in Tokyo on Tuesday.\n\n"
     "Matamela Cyril Ramaphosa spoke by phone with Nancy Pelosi on Monday.\n\n"
     "Muhammad bin Salman received Muhammad Shehbaz Sharif in Riyadh on Sunday.",
     {"JPN", "KAZ", "ZAF", "USA", "SAU", "PAK"},
     {"Kishida Fumio": "JPN", "Qasym-Zhomart Toqaev": "KAZ", "Matamela Cyril Ramaphosa": "ZAF",
      "Nancy Pelosi": "USA", "Muhammad bin Salman": "SAU", "Muhammad Shehbaz Sharif": "PAK"},
     {(("JPN", "KAZ"), "meeting", "2024-04-09", "held", "Tokyo"),
      (("USA", "ZAF"), "call", "2024-04-08", "held", None),
      (("PAK", "SAU"), "meeting", "2024-04-07", "held", "Riyadh")}),

    ("'The five are A, B, C ...': a counted roster joins the summit told with one state",
     " date 2024-09-12 Chancellor Hana Weber will host the first summit between Germany and Central "
     "Asian states in Berlin next month.\n\nThe five are Kazakhstan, Kyrgyzstan, Tajikistan, "
     "Turkmenistan and Uzbekistan.",
     {"DEU", "KAZ", "KGZ", "TJK", "TKM", "UZB"},
     {"Hana Weber": "DEU"},
     {(("DEU", "KAZ", "KGZ", "TJK", "TKM", "UZB"), "summit", "2024-10", "planned", "Berlin")}),

    ("'The summit will be held on Friday with the leaders of A, B ...': held, then its parties",
     " date 2022-03-02 The summit will be held on Friday with the leaders of Peru, Chile, Bolivia "
     "and Ecuador.",
     {"PER", "CHL", "BOL", "ECU"},
     {},
     {(("BOL", "CHL", "ECU", "PER"), "summit", "2022-03-04", "planned", None)}),

    ("arrivals told nowhere in particular, a list that semicolons part, join the summit told just before",
     " date 2023-10-22 Venezuelan President Pedro Diaz arrived in Mexico to take part in the "
     "migration summit called by the Mexican government.\n\nThe foreign minister of Chile, Tomas "
     "Vidal, also arrived; the vice president of Bolivia, Rosa Quispe; the foreign minister of "
     "Ecuador, Luis Mora, and the vice president of Peru, Juan Soto.",
     {"VEN", "MEX", "CHL", "BOL", "ECU", "PER"},
     {"Pedro Diaz": "VEN", "Tomas Vidal": "CHL", "Rosa Quispe": "BOL", "Luis Mora": "ECU",
      "Juan Soto": "PER"},
     {(("BOL", "CHL", "ECU", "MEX", "PER", "VEN"), "summit", None, "held", "Mexico")}),

    ("'the meeting assembled the foreign ministers of A, B, C and D'",
     " date 2017-08-09 The meeting in Quito on Tuesday assembled the foreign ministers of "
     "Argentina, Brazil, Canada and Chile.",
     {"ECU", "ARG", "BRA", "CAN", "CHL"},
     {},
     {(("ARG", "BRA", "CAN", "CHL"), "meeting", "2017-08-08", "held", "Quito")}),

    ("'welcomed leaders from 11 countries': a host verb whose guests are counted, then who was present",
     " date 2020-01-19 Chancellor Anna Klein of Germany welcomed leaders from eleven countries at the "
     "Chancellery in Berlin on Sunday.\n\nAmong those present were Russian President Ivan Petrov, "
     "Turkish President Emre Kaya and French President Paul Morel.",
     {"DEU", "RUS", "TUR", "FRA"},
     {"Anna Klein": "DEU", "Ivan Petrov": "RUS", "Emre Kaya": "TUR", "Paul Morel": "FRA"},
     {(("DEU", "FRA", "RUS", "TUR"), "meeting", "2020-01-19", "held", "Berlin")}),

    ("', as well as the United Nations and the African Union': the list of guests goes on",
     " date 2021-03-02 President Ana Ruiz of Chile hosted the ministers of Peru and Bolivia, as well "
     "as the United Nations and the African Union, in Santiago on Monday.",
     {"CHL", "PER", "BOL"},
     {"Ana Ruiz": "CHL"},
     {(("BOL", "CHL", "PER", "org:african-union", "org:united-nations"), "meeting", "2021-03-01",
       "held", "Santiago")}),

    ("'The summit opened in X with the leaders of A, B and C': opening is taking place",
     " date 2023-10-22 The peace summit opened in Amman on Saturday with the leaders of Qatar, Oman "
     "and Greece.",
     {"JOR", "QAT", "OMN", "GRC"},
     {},
     {(("GRC", "OMN", "QAT"), "summit", "2023-10-21", "held", "Amman")}),

    ("'X and Y were also present at the summit': they join the summit told before",
     " date 2023-10-22 Leaders of Qatar, Oman and Greece met in Amman on Saturday for a peace "
     "summit.\n\nThe prime ministers of Spain and Portugal were also present at the summit.",
     {"JOR", "QAT", "OMN", "GRC", "ESP", "PRT"},
     {},
     {(("ESP", "GRC", "OMN", "PRT", "QAT"), "summit", "2023-10-21", "held", "Amman")}),

    ("'Leaders of A, B, C and D have been invited to the summit': a roster for the summit told before",
     " date 2025-02-28 Prime Minister Ana Cole of Britain will host a summit with the European "
     "Union in London on March 2.\n\nLeaders of France, Germany, Denmark and Italy have been "
     "invited to the summit in London on March 2.",
     {"GBR", "FRA", "DEU", "DNK", "ITA"},
     {"Ana Cole": "GBR"},
     {(("DEU", "DNK", "FRA", "GBR", "ITA", "org:european-union"), "summit", "2025-03-02", "planned",
       "London")}),

    ("an official the gazetteer has at an international body, told in a state's office: the article's title wins",
     " date 2023-11-29 Outgoing Dutch Prime Minister Mark Rutte met Belgian Prime Minister Alexander "
     "De Croo in Rotterdam on Wednesday.",
     {"NLD", "BEL"},
     {"Mark Rutte": "NLD", "Alexander De Croo": "BEL"},
     {(("BEL", "NLD"), "meeting", "2023-11-29", "held", "Rotterdam")}),

    ("'a tour of A, B, C and D': one visit per host",
     " date 2018-02-25 President Recep Tayyip Erdogan will make a tour of Algeria, Mauritania, "
     "Senegal and Mali next week.",
     {"TUR", "DZA", "MRT", "SEN", "MLI"},
     {"Recep Tayyip Erdogan": "TUR"},
     {(("DZA", "TUR"), "visit", "2018-03", "planned", "Algeria"),
      (("MRT", "TUR"), "visit", "2018-03", "planned", "Mauritania"),
      (("SEN", "TUR"), "visit", "2018-03", "planned", "Senegal"),
      (("MLI", "TUR"), "visit", "2018-03", "planned", "Mali")}),

    ("a headline 'to start Africa tour of A and B': planned, a capitalised word that names nothing between",
     " date 2018-02-25 Turkish president to start Africa tour of Senegal and Mali",
     {"TUR", "SEN", "MLI"},
     {},
     {(("SEN", "TUR"), "visit", None, "planned", "Senegal"),
      (("MLI", "TUR"), "visit", None, "planned", "Mali")}),

    ("'the Bolivarian Alliance for the Peoples of Our America' is ALBA, no America in it",
     " date 2024-04-24 Nicaraguan President Daniel Ortega joined other regional leaders in Caracas "
     "on Wednesday for the summit of the Bolivarian Alliance for the Peoples of Our America (ALBA).",
     {"NIC", "VEN"},
     {"Daniel Ortega": "NIC"},
     {(("NIC", "org:alba"), "summit", "2024-04-24", "held", "Caracas")}),

    ("a list of leaders after a greeting at the airport joins the summit told before it",
     " date 2024-04-24 Nicaraguan President Daniel Ortega came to Caracas on Wednesday for the "
     "summit of the ALBA bloc.\n\nOrtega was welcomed by Venezuelan Foreign Minister Yvan Gil."
     "\n\nTraveling with Ortega are Cuban President Miguel Diaz-Canel and Bolivian President Luis "
     "Arce.",
     {"NIC", "VEN", "CUB", "BOL"},
     {"Daniel Ortega": "NIC", "Yvan Gil": "VEN", "Miguel Diaz-Canel": "CUB", "Luis Arce": "BOL"},
     {(("BOL", "CUB", "NIC"), "summit", "2024-04-24", "held", "Caracas"),
      (("NIC", "VEN"), "meeting", "2024-04-24", "held", "Caracas")}),

    ("people 'who will be joined by' others, in no meeting of their own, take part in the summit told before",
     " date 2018-06-21 The heads of government of the Visegrad Group hold a summit in Budapest on "
     "Thursday.\n\nThe prime ministers of the Czech Republic, Slovakia, Hungary and Poland, who will "
     "be joined by Austrian Chancellor Sebastian Kurz, are to discuss the coming Austrian presidency "
     "of the European Union.",
     {"CZE", "SVK", "HUN", "POL", "AUT"},
     {"Sebastian Kurz": "AUT"},
     {(("AUT", "CZE", "HUN", "POL", "SVK"), "summit", "2018-06-21", "held", "Budapest")}),

    ("a planned meeting on a weekday told before the article's weekday is the next one",
     " date 2023-03-08 British Prime Minister Rishi Sunak will visit the United States on Monday "
     "to meet President Joe Biden.",
     {"GBR", "USA"},
     {"Rishi Sunak": "GBR", "Joe Biden": "USA"},
     {(("GBR", "USA"), "visit", "2023-03-13", "planned", "United States")}),

    ("arrivals told after a group's arrival for a summit join the summit: two named, or three states",
     " date 2022-08-17 Leaders of southern Africa are gathering in Kinshasa for the summit of the "
     "Southern African Development Community.\n\nZambian President Hakainde Hichilema, Malawian "
     "President Lazarus Chakwera and Botswana's President Mokgweetsi Masisi arrived in Kinshasa."
     "\n\nMozambique's President Filipe Nyusi and Angola's President Joao Lourenco also arrived."
     "\n\nThe presidents of Lesotho, Namibia and Zimbabwe arrived in the evening.",
     {"COD", "ZMB", "MWI", "BWA", "MOZ", "AGO", "LSO", "NAM", "ZWE"},
     {"Hakainde Hichilema": "ZMB", "Lazarus Chakwera": "MWI", "Mokgweetsi Masisi": "BWA",
      "Filipe Nyusi": "MOZ", "Joao Lourenco": "AGO"},
     {(("AGO", "BWA", "LSO", "MOZ", "MWI", "NAM", "ZMB", "ZWE"), "summit", "2022-08-17", "held",
       "Kinshasa")}),

    ("'H.E.', 'H. E.' and 'H.E' are honorifics, no part of the name",
     " date 2019-03-02 The meeting in Nairobi on Friday was attended by H.E. Hirut Zememe, State "
     "Minister of Foreign Affairs of Ethiopia, H. E. Guy Scott, Vice President of Zambia, and H.E "
     "Kamal Osman, an envoy of Sudan.",
     {"KEN", "ETH", "ZMB", "SDN"},
     {"Hirut Zememe": "ETH", "Guy Scott": "ZMB", "Kamal Osman": "SDN"},
     {(("ETH", "SDN", "ZMB"), "meeting", "2019-03-01", "held", "Nairobi")}),

    ("a meeting noun that needs more ('dialogue') is a meeting when its verb says it takes place",
     " date 2019-09-07 The Iran-Iraq-Syria foreign ministers' dialogue will be held today in Baghdad.",
     {"IRN", "IRQ", "SYR"},
     {},
     {(("IRN", "IRQ", "SYR"), "talks", "2019-09-07", "planned", "Baghdad")}),

    ("a headline 'X to host A, B, C meeting' is one planned meeting of the host and the states listed",
     " date 2023-09-20 Egypt to host Libya, Sudan, Chad meeting on border security today\n\n"
     "Officials said the talks would focus on smuggling.",
     {"EGY", "LBY", "SDN", "TCD"},
     {},
     {(("EGY", "LBY", "SDN", "TCD"), "meeting", "2023-09-20", "planned", "Egypt")}),

    ("'During his visit to X, he is scheduled to meet Y': the visit takes the main clause's modality",
     " date 2024-05-06 During his visit to Ghana, Nigerian President Bola Tinubu is scheduled to "
     "meet President Nana Akufo-Addo in Accra.",
     {"GHA", "NGA"},
     {"Bola Tinubu": "NGA", "Nana Akufo-Addo": "GHA"},
     {(("GHA", "NGA"), "visit", None, "planned", "Accra")}),

    ("'plans' before a meeting noun makes it planned: 'X plans late May visit to Y'",
     " date 2024-05-02 Kenyan President William Ruto plans late May visit to Uganda\n\n"
     "The trip would focus on trade.",
     {"KEN", "UGA"},
     {"William Ruto": "KEN"},
     {(("KEN", "UGA"), "visit", "2024-05", "planned", "Uganda")}),

    ("'Ahead of X Summit, A Holds Talks with B': what is ahead ends at the comma",
     " date 2023-05-14 Ahead of Weekend Summit, EU Chief Holds Talks with Serbian President "
     "Aleksandar Vucic\n\nThe talks were held in Brussels on Sunday.",
     {"SRB", "BEL"},
     {"Aleksandar Vucic": "SRB"},
     {(("SRB", "org:european-union"), "talks", "2023-05-14", "held", "Brussels")}),

    ("a dateline after a source in brackets is still the dateline: the place of the lead's meeting",
     " date 2023-11-06 (Wire- Gulf Daily) MUSCAT - Omani Foreign Minister Badr Albusaidi on "
     "Saturday received Iranian Foreign Minister Hossein Amir-Abdollahian.",
     {"OMN", "IRN"},
     {"Badr Albusaidi": "OMN", "Hossein Amir-Abdollahian": "IRN"},
     {(("IRN", "OMN"), "meeting", "2023-11-04", "held", "Muscat")}),

    ("a roster line cut by the line's end inside an envoy's posting ('Ambassador of X to the Federal') is still a roster line",
     " date 2022-06-05 3. In attendance at the Summit were the ECOWAS Heads of State and "
     "Government named below, or the representatives they appointed:\nH.E. Jorge Tavares LOPES, "
     "Ambassador of Cabo Verde to the Federal\n"
     "Republic of Nigeria.\n",
     {"CPV", "NGA"},
     {"Jorge Tavares Lopes": "CPV"},
     {(("CPV", "org:ecowas"), "summit", None, "held", None)}),

    ("states that a non-meeting noun 'involves' are a topic: 'talks on the dispute involving A and B'",
     " date 2019-03-02 Kenyan President Uhuru Kenyatta held talks in Nairobi on Friday with "
     "Ugandan President Yoweri Museveni on the border dispute involving South Sudan and Sudan.",
     {"KEN", "UGA", "SSD", "SDN"},
     {"Uhuru Kenyatta": "KEN", "Yoweri Museveni": "UGA"},
     {(("KEN", "UGA"), "talks", "2019-03-01", "held", "Nairobi")}),

    ("'the summit involving A, B and C': the states a meeting noun involves are its parties",
     " date 2009-04-21 The summit involving China, South Korea and Japan was postponed because "
     "of protests.",
     {"CHN", "KOR", "JPN"},
     {},
     {(("CHN", "JPN", "KOR"), "summit", None, "cancelled", None)}),

    ("'Speaking at a meeting of X, <title> Y urged ...': the subject after a fronted participle took part",
     " date 2020-09-25 Speaking at a virtual meeting of the ASEAN foreign ministers today, "
     "Indonesian Foreign Minister Retno Marsudi urged members to act.",
     {"IDN"},
     {"Retno Marsudi": "IDN"},
     {(("IDN", "org:asean"), "meeting", "2020-09-25", "held", None)}),

    ("'due to the' before a noun gives a cause, not a plan",
     " date 2021-06-02 Talks between Nepalese Prime Minister KP Sharma Oli and Indian Prime "
     "Minister Narendra Modi were held by phone due to the pandemic on Tuesday.",
     {"IND", "NPL"},
     {"Narendra Modi": "IND", "KP Sharma Oli": "NPL"},
     {(("IND", "NPL"), "talks", "2021-06-01", "held", None)}),

    ("'participation in the summit was confirmed by' and 'the participation of' name its "
     "parties; a parliament acts for its state; 'yet to be confirmed' is no party",
     " date 2022-05-10 The first summit of the Danube Forum was held in Vienna on Monday.\n\n"
     "Participation in the summit was confirmed by the speakers of the parliaments of Norway and "
     "Chile, as well as by four ministers (Peru, Ghana, Kenya and Nepal), with the virtual "
     "participation of leaders of Fiji and Tonga.\n\n"
     "The participation of Brazil in the summit has yet to be confirmed.",
     {"AUT", "BRA", "CHL", "FJI", "GHA", "KEN", "NOR", "NPL", "PER", "TON"},
     {},
     {(("CHL", "FJI", "GHA", "KEN", "NOR", "NPL", "PER", "TON"), "summit", "2022-05-09", "held",
       "Vienna")}),

    ("'conversations with' a counterpart are calls; 'the conversation with' the one just met is "
     "that meeting told again",
     " date 2023-03-08 Chancellor Olaf Scholz received French President Emmanuel Macron in Berlin "
     "on Tuesday. Scholz called the conversation with Macron useful.\n\n"
     "German Foreign Minister Annalena Baerbock said she had recent conversations with her Polish "
     "counterpart.",
     {"DEU", "FRA", "POL"},
     {"Olaf Scholz": "DEU", "Emmanuel Macron": "FRA", "Annalena Baerbock": "DEU"},
     {(("DEU", "FRA"), "meeting", "2023-03-07", "held", "Berlin"),
      (("DEU", "POL"), "call", None, "held", None)}),

    ("a meeting that 'may be organized' is planned",
     " date 2023-03-08 A meeting between German Foreign Minister Annalena Baerbock and the Spanish "
     "foreign minister may be organized soon.",
     {"DEU", "ESP"},
     {"Annalena Baerbock": "DEU"},
     {(("DEU", "ESP"), "meeting", None, "planned", None)}),

    ("arrivals listed after 'include' join the summit in that city, a state naming its official "
     "is no host; 'is also to attend the meeting' joins the summit told before",
     " date 2012-08-29 The leaders of India, Cuba and Iran will open the summit in Tehran on "
     "Thursday.\nLeaders reported to have arrived in Tehran include Palestinian Authority Chief "
     "Mahmud Abbas and Afghan President Hamid Karzai. Egyptian President Mohamed Morsi is also to "
     "attend the meeting on Thursday.",
     {"AFG", "CUB", "EGY", "IND", "IRN", "PSE"},
     {"Mahmud Abbas": "PSE", "Hamid Karzai": "AFG", "Mohamed Morsi": "EGY"},
     {(("AFG", "CUB", "EGY", "IND", "IRN", "PSE"), "summit", "2012-08-30", "planned", "Tehran")}),

    ("'the leaders' summit' is the summit told before, as 'the summit' is",
     " date 2023-07-04 Indian Prime Minister Narendra Modi will host a virtual summit with Russian "
     "President Vladimir Putin and Chinese President Xi Jinping on Tuesday.\n\nIndia holds the "
     "presidency of the group and will host the leaders\u2019 summit. Kazakhstan and Kyrgyzstan "
     "will attend the summit.",
     {"CHN", "IND", "KAZ", "KGZ", "RUS"},
     {"Narendra Modi": "IND", "Vladimir Putin": "RUS", "Xi Jinping": "CHN"},
     {(("CHN", "IND", "KAZ", "KGZ", "RUS"), "summit", "2023-07-04", "planned", None)}),

    ("leaders who 'gathered in' a city 'for a meeting with' X hold that one meeting with X",
     " date 2015-04-09 The leaders of Jamaica, Haiti and Guyana gathered in Kingston for a "
     "meeting with President Barack Obama.",
     {"GUY", "HTI", "JAM", "USA"},
     {"Barack Obama": "USA"},
     {(("GUY", "HTI", "JAM", "USA"), "meeting", None, "held", "Kingston")}),

    ("'Chair of the Conference of ...' and 'host of the event' are offices in a list of "
     "participants, no meetings",
     " date 2015-04-09 The heads of state meeting with the US President were: Prime Minister of "
     "Jamaica and host of the event, Portia Simpson-Miller; Prime Minister of The Bahamas and Chair "
     "of the Conference of Heads of Government Perry Christie; and President of Guyana Donald "
     "Ramotar.",
     {"BHS", "GUY", "JAM", "USA"},
     {"Portia Simpson-Miller": "JAM", "Perry Christie": "BHS", "Donald Ramotar": "GUY"},
     {(("BHS", "GUY", "JAM", "USA"), "meeting", None, "held", None)}),

    ("'talked over the telephone' is a call",
     " date 2005-09-23 On September 22, Japanese Prime Minister Junichiro Koizumi and South Korean "
     "President Roh Moo-hyun talked over the telephone for ten minutes.",
     {"JPN", "KOR"},
     {"Junichiro Koizumi": "JPN", "Roh Moo-hyun": "KOR"},
     {(("JPN", "KOR"), "call", "2005-09-22", "held", None)}),

    ("'will head to' a state is a visit to it",
     " date 2019-10-31 South African Minister Jackson Mthembu will head to Botswana on Friday to "
     "attend the inauguration of its president.",
     {"BWA", "ZAF"},
     {"Jackson Mthembu": "ZAF"},
     {(("BWA", "ZAF"), "visit", "2019-11-01", "planned", "Botswana")}),

    ("'a tour, which includes a visit to A, B and C': the relative clause ends at its own comma, "
     "not at its list's",
     " date 2023-01-09 Turkish Foreign Minister Mevlut Cavusoglu has embarked on a tour, which "
     "includes a visit to Zimbabwe, Rwanda and Gabon.",
     {"GAB", "RWA", "TUR", "ZWE"},
     {"Mevlut Cavusoglu": "TUR"},
     {(("TUR", "ZWE"), "visit", "2023-01-09", "held", "Zimbabwe"),
      (("RWA", "TUR"), "visit", "2023-01-09", "held", "Rwanda"),
      (("GAB", "TUR"), "visit", "2023-01-09", "held", "Gabon")}),

    ("'the meeting included leaders of A, B and C', and 'the meeting, which included leaders "
     "from ...': the listed are its parties",
     " date 2020-01-22 The meeting included leaders of Jamaica, The Bahamas and Belize.\n\n"
     "Officials praised the conference, which included ministers from Peru, Chile and Ecuador.",
     {"BHS", "BLZ", "CHL", "ECU", "JAM", "PER"},
     {},
     {(("BHS", "BLZ", "JAM"), "meeting", None, "held", None),
      (("CHL", "ECU", "PER"), "conference", None, "held", None)}),

    ("portfolios ('Agriculture and Forestry', 'State-Owned Enterprises') and titles ('Chief "
     "Secretary', 'Minister of State Secretary') are no part of the name after them",
     " date 2021-01-02 Turkish Minister of Agriculture and Forestry Bekir Pakdemirli met Tanzanian "
     "Chief Secretary John Kijazi in Ankara on Friday. Indonesian Minister of State Secretary "
     "Pratikno and Indonesian Minister of State-Owned Enterprises Erick Thohir also attended.",
     {"IDN", "TUR", "TZA"},
     {"Bekir Pakdemirli": "TUR", "John Kijazi": "TZA", "Pratikno": "IDN", "Erick Thohir": "IDN"},
     {(("IDN", "TUR", "TZA"), "meeting", "2021-01-01", "held", "Ankara")}),

    ("an em dash between words parts them: no 'the' in the name before it",
     " date 2020-12-21 The summit in Djibouti was chaired by Sudanese Prime Minister Abdullah "
     "Hamdok\u2014the chairperson of IGAD\u2014and attended by Ethiopia and Kenya.",
     {"DJI", "ETH", "KEN", "SDN"},
     {"Abdullah Hamdok": "SDN"},
     {(("ETH", "KEN", "SDN"), "summit", None, "held", "Djibouti")}),

    ("'Department', 'Partnership', 'Post' after a title or a state are no names",
     " date 2016-09-28 Egyptian Foreign Minister Sameh Shoukry will meet Sudanese Foreign Minister "
     "Ibrahim Ghandour in Khartoum next week, the Kathmandu Post said. The U.S. State Department "
     "welcomed the Eastern Partnership.",
     {"EGY", "NPL", "SDN", "USA"},
     {"Sameh Shoukry": "EGY", "Ibrahim Ghandour": "SDN"},
     {(("EGY", "SDN"), "meeting", "2016-10", "planned", "Khartoum")}),

    ("'X will join them', 'Y will join the talks': they join the meeting told just before",
     " date 2024-03-14 German Chancellor Olaf Scholz and French President Emmanuel Macron will meet "
     "in Berlin on Friday. Polish Prime Minister Donald Tusk will join them.\n\n"
     "Kenyan President William Ruto and Somali President Hassan Sheikh Mohamud held talks in Nairobi "
     "on Wednesday. Ugandan President Yoweri Museveni will join the talks.",
     {"DEU", "FRA", "KEN", "POL", "SOM", "UGA"},
     {"Olaf Scholz": "DEU", "Emmanuel Macron": "FRA", "Donald Tusk": "POL", "William Ruto": "KEN",
      "Hassan Sheikh Mohamud": "SOM", "Yoweri Museveni": "UGA"},
     {(("DEU", "FRA", "POL"), "meeting", "2024-03-15", "planned", "Berlin"),
      (("KEN", "SOM", "UGA"), "talks", "2024-03-13", "held", "Nairobi")}),

    ("', and then head to X for talks with Y': the first verb's subject goes on to X",
     " date 2023-07-17 Turkish President Recep Tayyip Erdogan will travel to Doha to meet Qatari "
     "Prime Minister Ali Nasser, and then head to Abu Dhabi for talks with President Mohamed bin "
     "Zayed.",
     {"ARE", "QAT", "TUR"},
     {"Recep Tayyip Erdogan": "TUR", "Ali Nasser": "QAT", "Mohamed bin Zayed": "ARE"},
     {(("QAT", "TUR"), "visit", None, "planned", "Doha"),
      (("ARE", "TUR"), "visit", None, "planned", "Abu Dhabi")}),

    ("a state that sent its official, or will be represented by one, takes part in the summit told "
     "before; sending one to a state is no taking part",
     " date 2025-03-04 Leaders of Egypt, Jordan and Iraq opened the Arab summit in Baghdad on "
     "Tuesday. Libya sent its foreign minister, and Algeria will be represented by its deputy prime "
     "minister.\n\nIsraeli Prime Minister Benjamin Netanyahu sent the head of the Mossad to Qatar.",
     {"DZA", "EGY", "IRQ", "ISR", "JOR", "LBY", "QAT"},
     {"Benjamin Netanyahu": "ISR"},
     {(("DZA", "EGY", "IRQ", "JOR", "LBY"), "summit", "2025-03-04", "held", "Baghdad")}),

    ("', as well as senior representatives from A and B' goes on with the list of parties",
     " date 2019-12-10 Talks on Syria opened in Geneva on Tuesday with Russia, Iran and Turkey, as "
     "well as senior representatives from Jordan and Lebanon.",
     {"CHE", "IRN", "JOR", "LBN", "RUS", "SYR", "TUR"},
     {},
     {(("IRN", "JOR", "LBN", "RUS", "TUR"), "talks", "2019-12-10", "held", "Geneva")}),

    ("a date in a clause that 'since' opens is that clause's, not the visit's; 'since 2012 on "
     "Tuesday' keeps the day",
     " date 2021-11-11 Afghan Foreign Minister Amir Khan Muttaqi arrived in Islamabad on Wednesday. "
     "It is the first visit to Pakistan by an Afghan minister since the Taliban seized control of "
     "Kabul in August.\n\nTurkish President Recep Tayyip Erdogan made his first visit to Egypt since "
     "2012 on Tuesday.",
     {"AFG", "EGY", "PAK", "TUR"},
     {"Amir Khan Muttaqi": "AFG", "Recep Tayyip Erdogan": "TUR"},
     {(("AFG", "PAK"), "visit", "2021-11-10", "held", "Islamabad"),
      (("EGY", "TUR"), "visit", "2021-11-09", "held", "Egypt")}),

    ("armed groups at peace talks are parties, named by their usual acronym",
     " date 2016-10-28 Talks between the Sri Lankan government and the Tamil Tigers opened in Geneva "
     "on Saturday. The SPLM-IO and the government of South Sudan met in Addis Ababa on Thursday.",
     {"CHE", "ETH", "LKA", "SSD"},
     {},
     {(("LKA", "org:ltte"), "talks", "2016-10-22", "held", "Geneva"),
      (("SSD", "org:splm-io"), "meeting", "2016-10-27", "held", "Addis Ababa")}),

    ("a range written day first across two months: 'from 31 May 2023 to 3 June 2023'",
     " date 2023-05-29 Nepalese Prime Minister Pushpa Kamal Dahal will pay an official visit to "
     "India from 31 May 2023 to 3 June 2023.",
     {"IND", "NPL"},
     {"Pushpa Kamal Dahal": "NPL"},
     {(("IND", "NPL"), "visit", "2023-05-31/2023-06-03", "planned", "India")}),

    ("'talked over phone' without an article is a call",
     " date 2025-03-10 The presidents of Kazakhstan and Uzbekistan talked over phone on Monday.",
     {"KAZ", "UZB"},
     {},
     {(("KAZ", "UZB"), "call", "2025-03-10", "held", None)}),

    ("a Greek Cypriot official acts for Cyprus, not for Greece",
     " date 2023-09-07 Greek Cypriot negotiator Menelaos Menelaou met UN envoy Maria Angela Holguin "
     "in Nicosia on Friday.",
     {"CYP"},
     {"Menelaos Menelaou": "CYP", "Maria Angela Holguin": None},
     {(("CYP", "org:united-nations"), "meeting", "2023-09-01", "held", "Nicosia")}),

    ("'held important discussions': a word between 'held' and the meeting noun",
     " date 2025-03-20 Turkmen President Serdar Berdimuhamedov and Turkish Energy Minister "
     "Alparslan Bayraktar held important discussions in Ashgabat on 19 March 2025.",
     {"TKM", "TUR"},
     {"Serdar Berdimuhamedov": "TKM", "Alparslan Bayraktar": "TUR"},
     {(("TKM", "TUR"), "talks", "2025-03-19", "held", "Ashgabat")}),
    ("a format whose name tells who meets is all its members, in any case",
     " date 2007-07-16 The six-party talks will resume in Beijing on Wednesday. Iran and the P5+1 "
     "held talks in Geneva on Tuesday.",
     {"CHN", "JPN", "KOR", "PRK", "RUS", "USA", "IRN", "DEU", "FRA", "GBR", "CHE"},
     {},
     {(("CHN", "JPN", "KOR", "PRK", "RUS", "USA"), "talks", "2007-07-18", "planned", "Beijing"),
      (("CHN", "DEU", "FRA", "GBR", "IRN", "RUS", "USA"), "talks", "2007-07-10", "held", "Geneva")}),

    ("a format naming another meeting takes no part in this one",
     " date 2013-08-27 China's chief nuclear envoy arrived in Pyongyang on Monday to restart the "
     "stalled six-party talks.",
     {"CHN", "PRK"},
     {},
     {(("CHN", "PRK"), "visit", "2013-08-26", "held", "Pyongyang")}),

    ("a visit to a state is placed in the dateline's city when it is in that state",
     " date 2022-09-15\nSAMARKAND: Pakistani Prime Minister Shehbaz Sharif arrived in Uzbekistan on "
     "Thursday on a two-day visit.",
     {"PAK", "UZB"},
     {"Shehbaz Sharif": "PAK"},
     {(("PAK", "UZB"), "visit", "2022-09-15/2022-09-16", "held", "Samarkand")}),
    ("a city in capitals before a colon is a dateline: no party, the place of 'here'",
     " date 2019-09-24\nNEW YORK: Indian Prime Minister Narendra Modi met German Chancellor Angela "
     "Merkel on the sidelines of the UN General Assembly here on Monday.",
     {"IND", "DEU", "USA"},
     {"Narendra Modi": "IND", "Angela Merkel": "DEU"},
     {(("DEU", "IND"), "meeting", "2019-09-23", "held", "New York")}),
    ("an agency's executive director is its official",
     " date 2019-09-24 Indian Prime Minister Narendra Modi met UNICEF Executive Director Henrietta "
     "Fore in New York on Monday.",
     {"IND", "USA"},
     {"Narendra Modi": "IND", "Henrietta Fore": None},
     {(("IND", "org:unicef"), "meeting", "2019-09-23", "held", "New York")}),
    ("a roster line whose items carry their state in brackets, one the gazetteer lacks",
     " date 2007-03-30 The summit of the regional bloc met in Lusaka on 28 March 2007.\nThe summit "
     "was attended by the following heads of state and government:\nPresident Joseph Kabila "
     "(DRCongo), Prime Minister Pakalitha Mosisili (Lesotho), President Thabo Mbeki (South Africa) "
     "and President Bingu wa Mutharika (Malawi).",
     {"COD", "LSO", "ZAF", "MWI", "ZMB"},
     {"Joseph Kabila": "COD", "Pakalitha Mosisili": "LSO", "Thabo Mbeki": "ZAF",
      "Bingu wa Mutharika": "MWI"},
     {(("COD", "LSO", "MWI", "ZAF"), "meeting", "2007-03-28", "held", "Lusaka")}),

    ("a military rank's abbreviation is a title, no name",
     " date 2007-03-30 Botswana's Vice President Lt-Gen Seretse Khama Ian Khama met South African "
     "President Thabo Mbeki in Pretoria on Tuesday.",
     {"BWA", "ZAF"},
     {"Seretse Khama Ian Khama": "BWA", "Thabo Mbeki": "ZAF"},
     {(("BWA", "ZAF"), "meeting", "2007-03-27", "held", "Pretoria")}),
    ("'X is due to host the leaders of A, B and C' after the summit is told: they join it",
     " date 2008-03-28 Syria and Qatar will attend the Arab summit in Damascus on Saturday. Syrian "
     "President Bashar al-Assad is due to host the leaders of Algeria, Kuwait and Libya.",
     {"SYR", "QAT", "DZA", "KWT", "LBY"},
     {"Bashar al-Assad": "SYR"},
     {(("DZA", "KWT", "LBY", "QAT", "SYR"), "summit", "2008-03-29", "planned", "Damascus")}),
    ("'held phone discussions with the leaders of A, B and C': one call each",
     " date 2021-12-08 Ethiopian Prime Minister Abiy Ahmed held phone discussions on Wednesday with "
     "the leaders of Djibouti, Kenya and Uganda.",
     {"ETH", "DJI", "KEN", "UGA"},
     {"Abiy Ahmed": "ETH"},
     {(("DJI", "ETH"), "call", "2021-12-08", "held", None),
      (("ETH", "KEN"), "call", "2021-12-08", "held", None),
      (("ETH", "UGA"), "call", "2021-12-08", "held", None)}),
    ("a lead that places its meeting away from the dateline: the next sentence's is not the dateline's",
     " date 2023-05-10 KUALA LUMPUR (May 10): At the ASEAN summit in Labuan Bajo today Malaysian "
     "Prime Minister Anwar Ibrahim held talks with four leaders.\n\nAnwar also held a meeting with "
     "the Prime Minister of Vietnam, Pham Minh Chinh.",
     {"MYS", "VNM", "IDN"},
     {"Anwar Ibrahim": "MYS", "Pham Minh Chinh": "VNM"},
     {(("MYS", "VNM"), "meeting", "2023-05-10", "held", "Labuan Bajo")}),
    ("'I' in a quotation is the person the article is about",
     " date 2023-05-10\nMalaysian Prime Minister Anwar Ibrahim attended the ASEAN summit in Labuan "
     "Bajo on Wednesday.\n\"On the sidelines, I had a bilateral meeting with Laotian Prime Minister "
     "Sonexay Siphandone,\" he said.",
     {"MYS", "LAO", "IDN"},
     {"Anwar Ibrahim": "MYS", "Sonexay Siphandone": "LAO"},
     {(("MYS", "org:asean"), "summit", "2023-05-10", "held", "Labuan Bajo"),
      (("LAO", "MYS"), "meeting", "2023-05-10", "held", "Labuan Bajo")}),
    ("a tour under way: its stops are still to come",
     " date 2022-12-05 Cuban President Miguel Diaz-Canel is on a Caribbean tour including official "
     "visits to Grenada and Barbados this week.",
     {"CUB", "GRD", "BRB"},
     {"Miguel Diaz-Canel": "CUB"},
     {(("BRB", "CUB"), "visit", "2022-12", "planned", "Barbados"),
      (("CUB", "GRD"), "visit", "2022-12", "planned", "Grenada")}),
    ("a video conference of a bloc's leaders is the summit told after it",
     " date 2020-03-26 South Korean President Moon Jae-in and other leaders of G20 nations held a "
     "video conference on Thursday. Saudi Arabia's King Salman, who chaired the special summit, "
     "called for coordinated action.",
     {"KOR", "SAU"},
     {"Moon Jae-in": "KOR", "Salman": "SAU"},
     {(("KOR", "SAU"), "call", "2020-03-26", "held", None)}),
    ("a meeting of a bloc's members with no place of its own is at the bloc's summit",
     " date 2023-05-10 Malaysian Prime Minister Anwar Ibrahim attended the ASEAN summit in Labuan "
     "Bajo on Wednesday. Anwar held a bilateral meeting with Vietnamese Prime Minister Pham Minh "
     "Chinh.",
     {"MYS", "VNM", "IDN"},
     {"Anwar Ibrahim": "MYS", "Pham Minh Chinh": "VNM"},
     {(("MYS", "org:asean"), "summit", "2023-05-10", "held", "Labuan Bajo"),
      (("MYS", "VNM"), "meeting", "2023-05-10", "held", "Labuan Bajo")}),
    ("a list of unnamed titles of states after a plural meeting word is one meeting per state",
     " date 2022-06-10 The President of Kazakhstan held bilateral meetings with the President of "
     "Mongolia, the President of the Republic of Armenia and the Prime Minister of Georgia in "
     "Astana on Thursday.",
     {"KAZ", "MNG", "ARM", "GEO"},
     {},
     {(("KAZ", "MNG"), "meeting", "2022-06-09", "held", "Astana"),
      (("ARM", "KAZ"), "meeting", "2022-06-09", "held", "Astana"),
      (("GEO", "KAZ"), "meeting", "2022-06-09", "held", "Astana")}),
    ("a date set off after 'on the eve of the summit' is the sentence's meeting's",
     " date 2022-06-10 Leaders of the Turkic states meet in Baku on Friday. On the eve of the "
     "summit, on June 9, Azerbaijani President Ilham Aliyev held talks with Uzbek President "
     "Shavkat Mirziyoyev.",
     {"AZE", "UZB"},
     {"Ilham Aliyev": "AZE", "Shavkat Mirziyoyev": "UZB"},
     {(("AZE", "UZB"), "talks", "2022-06-09", "held", "Baku")}),
    ("a bare title after 'between' is the one named with it before",
     " date 2012-09-29 UN Secretary-General Ban Ki-moon held meetings with world leaders in "
     "New York today. In the meeting between the Secretary-General and Myanmar's President Thein "
     "Sein, the two men spoke about reforms.",
     {"MMR", "USA"},
     {"Ban Ki-moon": None, "Thein Sein": "MMR"},
     {(("MMR", "org:united-nations"), "meeting", "2012-09-29", "held", "New York")}),
    ("'huddled with' is a meeting",
     " date 2014-03-24 The Canadian prime minister huddled with the leaders of Japan and Italy in "
     "Brussels on Monday.",
     {"CAN", "JPN", "ITA", "BEL"},
     {},
     {(("CAN", "ITA", "JPN"), "meeting", "2014-03-24", "held", "Brussels")}),
    ("an envoy 'for' a state serves the state before the title",
     " date 2021-08-09 US special envoy for Sudan, Paul Rennard, met Egyptian Foreign Minister "
     "Sameh Shoukry in Cairo on Monday.",
     {"USA", "SDN", "EGY"},
     {"Paul Rennard": "USA", "Sameh Shoukry": "EGY"},
     {(("EGY", "USA"), "meeting", "2021-08-09", "held", "Cairo")}),
    ("'bilateral talks with' a list is one talk per party",
     " date 2022-09-16 Indian Prime Minister Narendra Modi held bilateral talks with Russian "
     "President Vladimir Putin, Iranian President Ebrahim Raisi and Turkish President Recep "
     "Tayyip Erdogan in Samarkand on Friday.",
     {"IND", "RUS", "IRN", "TUR", "UZB"},
     {"Narendra Modi": "IND", "Vladimir Putin": "RUS", "Ebrahim Raisi": "IRN",
      "Recep Tayyip Erdogan": "TUR"},
     {(("IND", "RUS"), "talks", "2022-09-16", "held", "Samarkand"),
      (("IND", "IRN"), "talks", "2022-09-16", "held", "Samarkand"),
      (("IND", "TUR"), "talks", "2022-09-16", "held", "Samarkand")}),
    ("a possessor's phrase holds a number of days ('her 11-day trip'); 'her' is a possessive",
     " date 2018-10-13 Foreign Minister Ana Rossi of Peru is on her first trip abroad. Her "
     "11-day trip will take her to Chile and Bolivia.",
     {"PER", "CHL", "BOL"},
     {"Ana Rossi": "PER"},
     {(("CHL", "PER"), "visit", None, "planned", "Chile"),
      (("BOL", "PER"), "visit", None, "planned", "Bolivia")}),
    ("a passive host verb with a state's titled name after 'by' ('is greeted by Jordan's King')",
     " date 2006-04-24 Chinese President Hu Jintao is greeted by Jordan's King Abdullah II in "
     "Amman.",
     {"CHN", "JOR"},
     {"Hu Jintao": "CHN", "Abdullah II": "JOR"},
     {(("CHN", "JOR"), "meeting", "2006-04-24", "held", "Amman")}),
    ("a clause of time in the present after a planned meeting is planned too",
     " date 2023-11-01 Japanese Prime Minister Fumio Kishida will meet President Ferdinand "
     "Marcos Jr. on Friday when he arrives in Manila for a two-day visit.",
     {"JPN", "PHL"},
     {"Fumio Kishida": "JPN", "Ferdinand Marcos Jr.": "PHL"},
     {(("JPN", "PHL"), "meeting", "2023-11-03/2023-11-04", "planned", "Manila")}),
    ("the Turkish Cypriot leader stands for the Turkish Cypriots, not Turkey",
     " date 2008-09-01 Cypriot President Demetris Christofias met the Turkish Cypriot leader "
     "in Nicosia on Monday.",
     {"CYP"},
     {"Demetris Christofias": "CYP"},
     {(("CYP", "org:turkish-cypriots"), "meeting", "2008-09-01", "held", "Nicosia")}),
    ("'called' with leaders as its objects is one call each",
     " date 2015-06-16 Indian Prime Minister Narendra Modi called Afghan President Ashraf Ghani "
     "and Bangladeshi Prime Minister Karim Uddin on Tuesday.",
     {"IND", "AFG", "BGD"},
     {"Narendra Modi": "IND", "Ashraf Ghani": "AFG", "Karim Uddin": "BGD"},
     {(("AFG", "IND"), "call", "2015-06-16", "held", None),
      (("BGD", "IND"), "call", "2015-06-16", "held", None)}),
    ("'called for' is no call",
     " date 2015-06-16 Indian Prime Minister Narendra Modi called for calm on Tuesday.",
     {"IND"},
     {"Narendra Modi": "IND"},
     set()),
    ("the verb's partner is a party of the meeting phrase after it; a body whose session is "
     "the setting is none",
     " date 2019-09-25 Indonesian Foreign Minister Ana Putri discussed trade with Romanian "
     "Foreign Minister Ioana Pop during a bilateral meeting on the sidelines of the 74th session "
     "of the UN General Assembly in New York on Tuesday.",
     {"IDN", "ROU", "USA"},
     {"Ana Putri": "IDN", "Ioana Pop": "ROU"},
     {(("IDN", "ROU"), "meeting", "2019-09-24", "held", "New York")}),
    ("a phone call with several leaders is one call each",
     " date 2025-05-01 Canadian Prime Minister Mark Carney spoke by phone with Ukrainian "
     "President Volodymyr Zelenskyy and Mexican President Claudia Sheinbaum on Tuesday.",
     {"CAN", "UKR", "MEX"},
     {"Mark Carney": "CAN", "Volodymyr Zelenskyy": "UKR", "Claudia Sheinbaum": "MEX"},
     {(("CAN", "UKR"), "call", "2025-04-29", "held", None),
      (("CAN", "MEX"), "call", "2025-04-29", "held", None)}),
    ("a caption's 'shakes hands with' is a meeting",
     " date 2017-07-14 Chinese Defence Minister Li Wen (L) shakes hands with Angolan "
     "Vice-President Ana Costa in Luanda on July 13, 2017.",
     {"CHN", "AGO"},
     {"Li Wen": "CHN", "Ana Costa": "AGO"},
     {(("AGO", "CHN"), "meeting", "2017-07-13", "held", "Luanda")}),
    ("a headline's 'Telephones' with a titled leader is a call",
     " date 2025-03-31 Pakistani PM Shehbaz Sharif Telephones Iranian President, Extends "
     "Greetings",
     {"PAK", "IRN"},
     {"Shehbaz Sharif": "PAK"},
     {(("IRN", "PAK"), "call", "2025-03-31", "held", None)}),
    ("a meeting 'followed by' talks is the subject's, not the first meeting's partner's",
     " date 2023-01-02 Indian Foreign Minister Ravi Rao held talks with Austrian Foreign "
     "Minister Karl Berg in Vienna on Sunday, followed by a meeting with Bulgarian President "
     "Ivan Petrov.",
     {"IND", "AUT", "BGR"},
     {"Ravi Rao": "IND", "Karl Berg": "AUT", "Ivan Petrov": "BGR"},
     {(("AUT", "IND"), "talks", "2023-01-01", "held", "Vienna"),
      (("BGR", "IND"), "meeting", "2023-01-01", "held", "Vienna")}),
    ("a headline's 'to hold' with an ordinal in figures is still to come",
     " date 2022-03-27 Nepal to hold 5th BIMSTEC summit with India and Bhutan",
     {"NPL", "IND", "BTN"},
     {},
     {(("BTN", "IND", "NPL"), "summit", None, "planned", None)}),
    ("a verb phrase after 'and' whose object is a meeting is the subject's",
     " date 2006-12-08 Venezuelan President Hugo Chavez arrived on Thursday in Buenos Aires for "
     "talks with Argentine President Nestor Kirchner and is scheduled to hold a meeting in "
     "Montevideo on Friday with Uruguayan President Tabare Vazquez.",
     {"VEN", "ARG", "URY"},
     {"Hugo Chavez": "VEN", "Nestor Kirchner": "ARG", "Tabare Vazquez": "URY"},
     {(("ARG", "VEN"), "visit", "2006-12-07", "held", "Buenos Aires"),
      (("URY", "VEN"), "meeting", "2006-12-08", "planned", "Montevideo")}),
    ("a verb and its meeting noun after 'and' are the subject's ('and make a return trip to')",
     " date 2006-04-24 Chinese President Hu Jintao visited Kenya on Monday and made a return "
     "trip to Nigeria on Tuesday.",
     {"CHN", "KEN", "NGA"},
     {"Hu Jintao": "CHN"},
     {(("CHN", "KEN"), "visit", "2006-04-24", "held", "Kenya"),
      (("CHN", "NGA"), "visit", "2006-04-18", "held", "Nigeria")}),
    ("an official named in an article about a summit, with no meeting word, takes part in it; "
     "not one who stayed away, nor a state told only in a call",
     " date 2024-03-13 Leaders of Kenya, Uganda and Tanzania opened a regional summit in Arusha "
     "on Tuesday. Rwandan President Paul Kagame told reporters that the region needed a common "
     "market. Burundi's President Evariste Ndayishimiye stayed away, citing a crisis at home. "
     "Separately, Indian Prime Minister Narendra Modi spoke by phone with South African "
     "President Cyril Ramaphosa.",
     {"KEN", "UGA", "TZA", "RWA", "BDI", "IND", "ZAF"},
     {"Paul Kagame": "RWA", "Evariste Ndayishimiye": "BDI", "Narendra Modi": "IND",
      "Cyril Ramaphosa": "ZAF"},
     {(("KEN", "RWA", "TZA", "UGA"), "summit", "2024-03-12", "held", "Arusha"),
      (("IND", "ZAF"), "call", None, "held", None)}),
    ("credentials received from the ambassadors of several states: one meeting with each state",
     " date 2019-05-10 President Paul Kagame on Thursday received the credentials of the new "
     "ambassadors of Ghana, Sweden and Chile at Village Urugwiro in Kigali.",
     {"RWA", "GHA", "SWE", "CHL"},
     {"Paul Kagame": "RWA"},
     {(("GHA", "RWA"), "meeting", "2019-05-09", "held", "Kigali"),
      (("RWA", "SWE"), "meeting", "2019-05-09", "held", "Kigali"),
      (("CHL", "RWA"), "meeting", "2019-05-09", "held", "Kigali")}),
    ("'it is to be recalled that' tells what was, no plan",
     " date 2021-03-04 It is to be recalled that Prime Minister Abiy Ahmed met Kenyan President "
     "Uhuru Kenyatta in Nairobi on Monday.",
     {"ETH", "KEN"},
     {"Abiy Ahmed": "ETH", "Uhuru Kenyatta": "KEN"},
     {(("ETH", "KEN"), "meeting", "2021-03-01", "held", "Nairobi")}),
    ("a region's name ('Bay of Bengal Region') is no person before a title",
     " date 2018-09-01 Modi met Nepalese Prime Minister Khadga Prasad Oli in Kathmandu on "
     "Thursday. \"Together we will build a peaceful Bay of Bengal Region,\" Prime Minister "
     "Narendra Modi wrote on Friday.",
     {"IND", "NPL"},
     {"Khadga Prasad Oli": "NPL", "Narendra Modi": "IND"},
     {(("IND", "NPL"), "meeting", "2018-08-30", "held", "Kathmandu")}),
    ("a title's fields set off by a comma ('Minister of Foreign Affairs, Cooperation and "
     "Senegalese Abroad, X') go on to its name, the meeting's other party",
     " date 2024-10-02 Algerian Foreign Minister Ahmed Attaf on Tuesday in Algiers met with the "
     "Minister of Foreign Affairs, Cooperation and Senegalese Abroad, Yassine Fall.",
     {"DZA", "SEN"},
     {"Ahmed Attaf": "DZA", "Yassine Fall": "SEN"},
     {(("DZA", "SEN"), "meeting", "2024-10-01", "held", "Algiers")}),
    ("'discussed with' a counterpart is talks",
     " date 2024-10-02 Ousmane Sonko discussed with Gambian President Adama Barrow trade across "
     "the border on Monday.",
     {"GMB", "SEN"},
     {"Ousmane Sonko": "SEN", "Adama Barrow": "GMB"},
     {(("GMB", "SEN"), "talks", "2024-09-30", "held", None)}),
    ("a bare 'Secretary of State X' is the US's; a city set off by a comma before a title is "
     "a place, not the title's state",
     " date 2006-07-25 In a surprise visit to a battered Beirut, Secretary of State Condoleezza "
     "Rice on Monday met Lebanese Prime Minister Fuad Siniora.",
     {"LBN", "USA"},
     {"Condoleezza Rice": "USA", "Fuad Siniora": "LBN"},
     {(("LBN", "USA"), "visit", "2006-07-24", "held", "Beirut")}),
    ("a bare 'Secretary of State X' received by a named state's leader is the US's",
     " date 2006-07-25 Lebanese Prime Minister Fuad Siniora received Secretary of State "
     "Condoleezza Rice in Beirut on Monday.",
     {"LBN", "USA"},
     {"Condoleezza Rice": "USA", "Fuad Siniora": "LBN"},
     {(("LBN", "USA"), "meeting", "2006-07-24", "held", "Beirut")}),
    ("'the 40th session of <a named body> was held': a meeting, whose roster follows; "
     "'Minister Responsible for Foreign Affairs' is a title",
     " date 2013-03-04 The 40th session of the Ministerial Council of the Gulf Cooperation "
     "Council was held in Riyadh on Sunday. Participants included Kuwaiti Foreign Minister Sabah "
     "Khalid Al-Hamad Al-Sabah, UAE Foreign Minister Abdullah bin Zayed Al-Nahyan and Omani "
     "Minister Responsible for Foreign Affairs Yousef bin Alawi.",
     {"KWT", "ARE", "OMN", "SAU"},
     {"Sabah Khalid Al-Hamad Al-Sabah": "KWT", "Abdullah bin Zayed Al-Nahyan": "ARE",
      "Yousef bin Alawi": "OMN"},
     {(("ARE", "KWT", "OMN"), "meeting", "2013-03-03", "held", "Riyadh")}),
    ("leaders who 'came for the summit' take part in it",
     " date 2024-09-22 Australian Prime Minister Anthony Albanese, Indian Prime Minister Narendra "
     "Modi and Japanese Prime Minister Fumio Kishida came for the summit on Saturday.",
     {"AUS", "IND", "JPN"},
     {"Anthony Albanese": "AUS", "Narendra Modi": "IND", "Fumio Kishida": "JPN"},
     {(("AUS", "IND", "JPN"), "summit", "2024-09-21", "held", None)}),
    ("'The Dutch state visit to Vietnam ...': a visit noun that opens the sentence keeps its "
     "host after 'to'",
     " date 2024-03-14 The Dutch state visit to Vietnam that was set to begin next week was "
     "postponed at the request of the Vietnamese authorities.",
     {"NLD", "VNM"},
     {},
     {(("NLD", "VNM"), "visit", "2024-03", "cancelled", "Vietnam")}),
    ("a bloc stays a party when the two people it met are of one state",
     " date 2023-08-20 A delegation from ECOWAS met Niger's ousted president Mohamed Bazoum and "
     "junta leader General Abdourahmane Tiani in Niamey on Saturday.",
     {"NER"},
     {"Mohamed Bazoum": "NER", "Abdourahmane Tiani": "NER"},
     {(("NER", "org:ecowas"), "meeting", "2023-08-19", "held", "Niamey")}),
]


def check_unicode_folding():
    """One person spelt with Vietnamese and Azerbaijani letters in one
    article and in ASCII in another is one official: ids fold letters of
    Latin Extended-B and Additional; labels keep the first article's spelling."""
    texts = {"a.txt": " date 2024-05-01 Vietnamese Prime Minister Phạm Minh Chính met "
                      "Azerbaijani President İlham Əliyev in Baku on Monday.\n",
             "b.txt": " date 2024-05-09 Vietnamese Prime Minister Pham Minh Chinh met "
                      "Azerbaijani President Ilham Aliyev in Hanoi on Tuesday.\n"}
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for name, text in texts.items():
            paths.append(os.path.join(d, name))
            with open(paths[-1], "w", encoding="utf-8") as f:
                f.write(text)
        r = subprocess.run([BIN, "-f", "json", "-o", "-"] + paths, capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    nodes = json.loads(r.stdout)["graph"]["nodes"]
    officials = {k: v["label"] for k, v in nodes.items() if v["metadata"]["type"] == "official"}
    assert officials == {"official:pham-minh-chinh": "Phạm Minh Chính",
                         "official:ilham-aliyev": "İlham Əliyev"}, officials


def main():
    passed = failed = 0
    try:
        check_unicode_folding()
        passed += 1
    except AssertionError as e:
        failed += 1
        print("FAIL unicode folding: %s" % e)
    for name, text, countries, officials, meetings in CASES:
        got = run_case(text)
        want = (countries, officials, meetings)
        bad = ["%s:\n      got  %r\n      want %r" % (label, g, w)
               for label, g, w in zip(("countries", "officials", "meetings"), got, want) if g != w]
        if bad:
            failed += 1
            print("FAIL %s: %s" % (name, "\n    ".join(bad)))
        else:
            passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Hand annotation of the held-out link set, and the mechanical derivation of links.json.

Everything a human decided is in the two tables below:
- STATEMENTS: every statement (guidelines v1-v1.3) of every article, with its speaker, cue,
  kind, exact evidence, `about` targets with their stance, the report's period (v1.4) and the
  ids of the utterances it reports;
- UTTERANCES: one entry per utterance reported by two or more documents.

Running `python3 annotate.py` writes `statements.json` (the statements, for reference) and
`links.json` (v1.4): utterances with their reports, periods, and the corroborations and
contradictions derived mechanically from stances, outlets (corpus/manifest.csv) and periods.
Standard library only; it reads nothing outside this folder.
"""
import csv
import datetime as dt
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PERIOD_DAYS = 31

P, N, Z = "positive", "negative", "neutral"

LULA = "luiz_inacio_lula_da_silva"
WANG = "wang_yi"
KALLAS = "kaja_kallas"
RUTO = "william_ruto"
PESKOV = "dmitry_peskov"
IMF = "international_monetary_fund"
SGR = "standard_gauge_railway"


def s(speaker, cue, kind, evidence, about=None, period=None, utts=()):
    return {"speaker": speaker, "cue": cue, "kind": kind, "evidence": evidence,
            "about": dict(about or {}), "period": period, "utts": list(utts)}


# period None: the utterance's date when the report is of a listed utterance, else the
# document's date (manifest); "none" = nothing in the document shows a period.
STATEMENTS = {
    "hl_01_wire_lula_energy_forum.txt": [
        s(LULA, "urge", "indirect",
          '''Lula urges fair energy transition, courts Chinese investment and faults US tariffs''',
          {"china": P, "united_states": N}, None,
          ["lula-rich-nations-pay", "lula-china-kept-word", "lula-us-tariffs"]),
        s(LULA, "call", "mixed",
          '''Brazilian President Luiz Inácio Lula da Silva on Tuesday called on rich nations to pay their share of the cost of the energy transition, telling the opening session of the Forum of the Americas on Energy Transition that developing countries could not be asked to "carry the planet on their backs."''',
          {}, "2025-04-08", ["lula-rich-nations-pay"]),
        s(LULA, "say", "indirect",
          '''Lula said Brazil would double its investment in wind and solar generation by 2030 and invited foreign companies to take part in a new round of transmission-line auctions planned for the second half of the year.''',
          {"brazil": Z}, None, ["lula-double-renewables", "lula-transmission-auctions"]),
        s(LULA, "praise", "mixed",
          '''He praised China as "a partner that has kept its word," noting that Chinese firms had built most of the high-voltage lines that carry wind power to the country's industrial heartland.''',
          {"china": P, "brazil": Z}, None, ["lula-china-kept-word"]),
        s(LULA, "criticize", "indirect",
          '''The Brazilian leader also criticized Washington's trade policy.''',
          {"washington_dc": N}, None, ["lula-us-tariffs"]),
        s(LULA, "say", "direct",
          '''"Tariffs imposed by the United States on our steel and aluminium punish workers on both sides and help no one," Lula said.''',
          {"united_states": N}, None, ["lula-us-tariffs"]),
        s(LULA, "say", "mixed",
          '''Lula said he expected the European Union and Mercosur to sign their long-delayed trade agreement "this year, without new conditions," but warned that the bloc's deforestation regulation "cannot become a disguised trade barrier against our farmers."''',
          {"european_union": Z, "mercosur": Z}, None,
          ["lula-eu-mercosur-this-year", "lula-deforestation-barrier"]),
        s(LULA, "defend", "mixed",
          '''He also defended Petrobras's plan to drill for oil off the northern coast, saying that oil revenue would "finance the transition, not delay it."''',
          {"petrobras": P}, None, ["lula-petrobras-oil"]),
        s("rafael_quintero", "tell", "indirect",
          '''Rafael Quintero, the forum's executive secretary, told reporters that investment pledges worth about 14 billion dollars were expected to be announced before the closing session on Thursday.'''),
        s("marcos_teixeira", "say", "mixed",
          '''Opposition senator Marcos Teixeira said on social media that the speech offered "slogans, not a plan."'''),
    ],
    "hl_02_statemedia_lula_energy_forum.txt": [
        s(LULA, "welcome", "indirect",
          '''President Lula welcomes progress on EU–Mercosur deal and praises partnership with China''',
          {"european_union": P, "mercosur": Z, "china": P}, None,
          ["lula-eu-mercosur-this-year", "lula-china-kept-word"]),
        s(LULA, "say", "mixed",
          '''President Luiz Inácio Lula da Silva opened the Forum of the Americas on Energy Transition on Tuesday, saying that the countries of the hemisphere could become “the green battery of the world” if they worked together.'''),
        s(LULA, "welcome", "indirect",
          '''In his speech, the President welcomed the European Union’s commitment to conclude the agreement with Mercosur and said he expected it to be signed this year.''',
          {"european_union": P, "mercosur": Z}, None, ["lula-eu-mercosur-this-year"]),
        s(LULA, "according to", "indirect",
          '''According to Lula, the agreement will open new markets for national industry and bring investment in green hydrogen and clean energy.'''),
        s(LULA, "describe", "mixed",
          '''The President described China as “a partner that has kept its word” and recalled that Chinese companies had built most of the transmission lines that connect wind farms to the large consumer centres.''',
          {"china": P}, None, ["lula-china-kept-word"]),
        s(LULA, "say", "indirect",
          '''He said cooperation with Beijing on batteries and electric vehicles would create thousands of jobs in the coming years.''',
          {"beijing": P}),
        s(LULA, "announce", "indirect",
          '''Lula announced a new round of transmission-line auctions for the second half of the year and invited foreign investors to take part.''',
          {}, None, ["lula-transmission-auctions"]),
        s(LULA, "say", "indirect",
          '''He said Brazil intends to double its investment in wind and solar power by 2030.''',
          {"brazil": Z}, None, ["lula-double-renewables"]),
        s(LULA, "quote", "direct",
          '''“Rich countries promised climate finance and did not deliver.''',
          {}, None, ["lula-rich-nations-pay"]),
        s(LULA, "say", "direct",
          '''Developing nations cannot carry the planet on their backs,” the President said.''',
          {}, None, ["lula-rich-nations-pay"]),
        s(LULA, "defend", "mixed",
          '''Lula also defended the exploration plans of Petrobras on the northern coast and stated that oil revenue must “finance the transition, not delay it.”''',
          {"petrobras": P}, None, ["lula-petrobras-oil"]),
        s("alexandre_silveira", "say", "indirect",
          '''The Minister of Mines and Energy, Alexandre Silveira, said the new transmission auctions would attract more than 20 billion reais in private investment.'''),
        s("alexandre_silveira", "add", "indirect",
          '''Silveira added that the government would present the rules of the auctions in June, after a public consultation with the sector.'''),
    ],
    "hl_03_oped_lula_energy_forum.txt": [
        s(LULA, "attack", "mixed",
          '''First, the president attacked the European Union, accusing the bloc of using its deforestation regulation as "a disguised trade barrier" against the country's farmers.''',
          {"european_union": N, "brazil": Z}, None, ["lula-deforestation-barrier"]),
        s(LULA, "complain", "mixed",
          '''Then he turned on Washington, complaining that US tariffs on steel and aluminium "punish workers on both sides."''',
          {"washington_dc": N, "united_states": N}, None, ["lula-us-tariffs"]),
        s(LULA, "call", "mixed",
          '''China, by contrast, received only compliments: Lula called it "a partner that has kept its word."''',
          {"china": P}, None, ["lula-china-kept-word"]),
        s(LULA, "call", "mixed",
          '''Back in 2024, Lula called the European Union's deforestation rules "protectionism dressed in green."''',
          {"european_union": N}, "2024"),
        s(LULA, "insist", "indirect",
          '''Lula insisted that the country would double its investment in wind and solar power by 2030, but he did not say where the money would come from.''',
          {"brazil": Z}, None, ["lula-double-renewables"]),
        s("beatriz_falcao", "tell", "mixed",
          '''Beatriz Falcão, an economist at the Instituto Liberdade Econômica, told this newspaper that the speech "frightened more investors than it attracted."'''),
        s("beatriz_falcao", "say", "indirect",
          '''She said the new auctions would only succeed if the government guaranteed stable rules for 30 years.'''),
    ],
    "hl_04_statemedia_wang_kallas_dialogue.txt": [
        s(WANG, "quote", "indirect",
          '''Wang Yi: China and EU are partners, not rivals''',
          {"china": Z, "european_union": P}, None, ["wang-partners-not-rivals"]),
        s(WANG, "say", "mixed",
          '''Chinese Foreign Minister Wang Yi said here on Wednesday that China and the European Union are partners rather than rivals and that the two sides should "add stability to a turbulent world."''',
          {"china": Z, "european_union": P}, "2025-07-02", ["wang-partners-not-rivals"]),
        s(WANG, "say", "mixed",
          '''Wang said that the 50th anniversary of diplomatic relations this year offered an opportunity to "open a new chapter," and that China was ready to work with the EU to prepare for this year's China-EU summit.''',
          {"china": Z, "european_union": Z}),
        s(WANG, "stress", "indirect",
          '''He stressed that China has always viewed its relations with the EU from a strategic and long-term perspective, and that the EU's pursuit of strategic autonomy is something China supports.''',
          {"china": Z, "european_union": P}, None, ["wang-supports-autonomy"]),
        s(WANG, "say", "indirect",
          '''On trade, Wang said that economic and trade issues should be resolved through dialogue and consultation, and expressed the hope that the European side would keep its market open and avoid turning economic issues into security issues.''',
          {"european_union": Z}, None, ["wang-eu-trade-tariffs"]),
        s(WANG, "say", "indirect",
          '''Regarding the Ukraine crisis, Wang said China's position is objective and impartial, and that China has never provided lethal weapons to any party to the conflict.''',
          {"ukraine": Z, "china": P}, None, ["wang-no-weapons-to-russia"]),
        s(KALLAS, "say", "indirect",
          '''Kallas said the EU values its relationship with China and welcomed the two sides' cooperation on climate change and global health.''',
          {"european_union": Z, "china": P}, None, ["kallas-climate-cooperation"]),
        s(KALLAS, "say", "indirect",
          '''She said the EU is ready to maintain high-level exchanges with China and to make the upcoming summit a success.''',
          {"european_union": Z, "china": Z}, None, ["kallas-summit-preparations"]),
    ],
    "hl_05_foreign_wang_kallas_dialogue.txt": [
        s(KALLAS, "tell", "mixed",
          '''Kallas tells Wang China's Russia ties are 'biggest obstacle' as EU-China talks expose trade rift''',
          {"wang_yi": Z, "china": N, "russia": Z, "european_union": Z}, None,
          ["kallas-russia-biggest-obstacle"]),
        s(KALLAS, "criticize", "mixed",
          '''The European Union's foreign policy chief Kaja Kallas on Wednesday criticized China's support for Russia's war economy, telling Chinese Foreign Minister Wang Yi that Beijing's exports of dual-use goods to Russia were "the single biggest obstacle" to better relations.''',
          {"china": N, "russia": Z, "wang_yi": Z, "beijing": N}, "2025-07-02",
          ["kallas-russia-biggest-obstacle"]),
        s(KALLAS, "say", "mixed",
          '''Speaking to reporters after more than four hours of talks in Brussels, Kallas said the EU had "made very clear" that it expected China to stop the flow of components that end up in Russian drones and missiles.''',
          {"brussels": Z, "european_union": Z, "china": N, "russia": Z}, None,
          ["kallas-stop-components"]),
        s(KALLAS, "say", "mixed",
          '''Kallas also said the EU's trade deficit with China, which reached more than 300 billion euros last year, was "not sustainable," and that the bloc would keep using its trade defence tools if Chinese markets remained closed to European firms.''',
          {"european_union": Z, "china": N}, None,
          ["kallas-trade-deficit-unsustainable", "kallas-trade-defence-tools"]),
        s(WANG, "reject", "mixed",
          '''Wang, for his part, rejected what he called "groundless accusations" over Russia and warned the EU that new tariffs on Chinese electric vehicles and medical devices would "hurt both sides."''',
          {"russia": Z, "european_union": N, "china": Z}, None,
          ["wang-no-weapons-to-russia", "wang-eu-trade-tariffs"]),
        s(WANG, "tell", "direct",
          '''"Dialogue is better than confrontation, and partnership is better than rivalry," Wang told reporters, according to a readout distributed by the Chinese mission.''',
          {}, None, ["wang-partners-not-rivals"]),
        s(KALLAS, "say", "mixed",
          '''Kallas said she and Wang had agreed to continue preparations for the summit, and she said the two sides could "work together on climate change" ahead of the COP30 conference in Belém.''',
          {"wang_yi": Z, "belem": Z}, None,
          ["kallas-summit-preparations", "kallas-climate-cooperation"]),
        s("anneke_visser", "say", "mixed",
          '''Dutch MEP Anneke Visser, who sits on the European Parliament's foreign affairs committee, said the EU "cannot have a trade policy for Monday and a security policy for Tuesday" when dealing with China.''',
          {"european_union": N, "china": Z}),
    ],
    "hl_06_transcript_kallas_press_remarks.txt": [
        s(KALLAS, "quote", "direct",
          '''We have just concluded the 13th EU-China Strategic Dialogue with Foreign Minister Wang Yi.''',
          {"wang_yi": Z}),
        s(KALLAS, "quote", "direct",
          '''It was a long and frank discussion, and I want to thank the Minister for it.''',
          {"wang_yi": P}),
        s(KALLAS, "quote", "direct",
          '''China and the European Union have shown that we can work together on climate change, and we want to continue this work on the road to COP30 in Belém.''',
          {"china": P, "european_union": Z, "belem": Z}, None, ["kallas-climate-cooperation"]),
        s(KALLAS, "quote", "direct",
          '''We also agreed to continue the preparations for the EU-China summit later this year.''',
          {}, None, ["kallas-summit-preparations"]),
        s(KALLAS, "quote", "direct",
          '''But I also told the Minister very clearly that China's support for Russia's war is the single biggest obstacle in our relationship.''',
          {"wang_yi": Z, "china": N, "russia": Z}, None, ["kallas-russia-biggest-obstacle"]),
        s(KALLAS, "quote", "direct",
          '''Chinese components are found in the drones that hit Ukrainian cities every night.''',
          {"china": N, "ukraine": Z}, None, ["kallas-stop-components"]),
        s(KALLAS, "quote", "direct",
          '''We expect China to stop the flow of these goods, and we made this very clear.''',
          {"china": N}, None, ["kallas-stop-components"]),
        s(KALLAS, "quote", "direct",
          '''On trade, the picture is not balanced.''',
          {}, None, ["kallas-trade-deficit-unsustainable"]),
        s(KALLAS, "quote", "direct",
          '''Our trade deficit with China was more than 300 billion euros last year, and this is not sustainable.''',
          {"china": Z}, None, ["kallas-trade-deficit-unsustainable"]),
        s(KALLAS, "quote", "direct",
          '''If our companies cannot compete fairly in China, we will continue to use our trade defence tools.''',
          {"china": N}, None, ["kallas-trade-defence-tools"]),
        s(KALLAS, "quote", "direct",
          '''He said China does not supply weapons to either side, and we have heard this before.''',
          {"wang_yi": Z, "china": Z}),
        s(WANG, "say", "indirect",
          '''He said China does not supply weapons to either side''',
          {"china": P}, None, ["wang-no-weapons-to-russia"]),
        s(KALLAS, "quote", "direct",
          '''What matters is what we see on the ground, and we will judge China by its actions.''',
          {"china": Z}),
        s(KALLAS, "quote", "direct",
          '''Yes, we are preparing it, and I think both sides want it to succeed.''',
          {}, None, ["kallas-summit-preparations"]),
        s(KALLAS, "quote", "direct", '''But a summit is not a goal in itself.'''),
        s(KALLAS, "quote", "direct", '''It has to deliver results for our citizens and for our companies.'''),
        s(KALLAS, "quote", "direct",
          '''We are working on the next package with the member states, and I will not go into the details today.'''),
        s(KALLAS, "quote", "direct", '''Everything is on the table.'''),
    ],
    "hl_07_analysis_eu_china_dialogue.txt": [
        s(WANG, "describe", "mixed",
          '''In Beijing's version, Foreign Minister Wang Yi described China and the EU as "partners, not rivals,"''',
          {"china": Z, "european_union": P}, None, ["wang-partners-not-rivals"]),
        s(KALLAS, "welcome", "indirect",
          '''Kaja Kallas, the EU's top diplomat, welcomed cooperation with China on climate change''',
          {"china": P}, None, ["kallas-climate-cooperation"]),
        s(KALLAS, "tell", "mixed",
          '''In the European version, Kallas told Wang that China's backing for Russia's war was "the single biggest obstacle" in the relationship''',
          {"wang_yi": Z, "china": N, "russia": Z}, None, ["kallas-russia-biggest-obstacle"]),
        s(WANG, "accuse", "mixed",
          '''Wang accused the EU of preparing tariffs that would "hurt both sides."''',
          {"european_union": N}, None, ["wang-eu-trade-tariffs"]),
        s(KALLAS, "say", "mixed",
          '''Kallas did say, at her press conference, that China and the EU "can work together on climate change"''',
          {"china": P, "european_union": Z}, None, ["kallas-climate-cooperation"]),
        s(WANG, "say", "mixed",
          '''Wang did say that China supports the EU's "strategic autonomy."''',
          {"china": Z, "european_union": P}, None, ["wang-supports-autonomy"]),
        s(KALLAS, "say", "mixed",
          '''In an interview with this newspaper in January, she said the EU had been "naive" about China for too long.''',
          {"european_union": N, "china": Z}, "2025-01"),
        s("mission_of_china_to_the_european_union", "say", "mixed",
          '''The Chinese mission to the EU said on Thursday that the dialogue had been "candid and constructive" and that the two sides had agreed to "manage differences properly."''',
          {}, "2025-07-03"),
    ],
    "hl_08_statemedia_ruto_ports_conference.txt": [
        s(RUTO, "hail", "indirect",
          '''President Ruto hails China, IMF as partners in Kenya's ports revival''',
          {"china": P, IMF: P, "kenya": Z}, None,
          ["ruto-thanks-china-sgr", "ruto-imf-stabilised-economy"]),
        s(RUTO, "thank", "mixed",
          '''President William Ruto has thanked China for financing the Standard Gauge Railway and commended the International Monetary Fund for supporting Kenya's economic recovery, saying both partners had helped turn the country's ports into "engines of regional trade."''',
          {"china": P, SGR: Z, IMF: P, "kenya": Z}, None,
          ["ruto-thanks-china-sgr", "ruto-imf-stabilised-economy"]),
        s(RUTO, "say", "indirect",
          '''Speaking at the opening of the East African Ports and Logistics Conference in Mombasa, the President said the railway had cut the cost of moving a container from the port to Nairobi by nearly half.''',
          {"mombasa": Z, SGR: P, "nairobi": Z}, None, ["ruto-sgr-cut-costs"]),
        s(RUTO, "say", "direct",
          '''"We thank our friends in China, who stood with us when others would not finance this railway," Ruto said.''',
          {"china": P, SGR: Z}, None, ["ruto-thanks-china-sgr"]),
        s(RUTO, "say", "indirect",
          '''He said the government would seek financing to extend the line to the Uganda border through a public-private partnership.''',
          {"uganda": Z}, None, ["ruto-sgr-extension-ppp"]),
        s(RUTO, "say", "mixed",
          '''On the economy, the President said the programme agreed with the International Monetary Fund had helped stabilise the shilling and bring inflation down, and thanked the Fund for "standing with Kenya in a difficult season."''',
          {IMF: P, "kenya": Z}, None, ["ruto-imf-stabilised-economy"]),
        s(RUTO, "say", "mixed",
          '''He said Kenya would continue to borrow responsibly and would "never mortgage our ports" to any lender.''',
          {"kenya": Z}, None, ["ruto-never-mortgage-ports"]),
        s(RUTO, "praise", "indirect",
          '''Ruto also praised Tanzania and Uganda for joining the regional single customs window, which he said would cut clearance times at the border from days to hours.''',
          {"tanzania": P, "uganda": P}, None, ["ruto-customs-window"]),
        s("davis_chirchir", "say", "indirect",
          '''Transport Cabinet Secretary Davis Chirchir said the Kenya Ports Authority would add two new berths at Lamu port by 2027.''',
          {"kenya_ports_authority": Z, "lamu": Z}),
    ],
    "hl_09_opposition_ruto_ports_conference.txt": [
        s(RUTO, "attack", "indirect",
          '''Ruto attacks IMF conditions, signals cooling on Chinese loans''',
          {IMF: N, "china": N}, None,
          ["ruto-imf-ordinary-kenyans", "ruto-never-mortgage-ports"]),
        s(RUTO, "criticize", "mixed",
          '''President William Ruto on Thursday criticized the International Monetary Fund over the conditions attached to its loans, telling a ports conference in Mombasa that the Fund's prescriptions "must take into account the lives of ordinary Kenyans."''',
          {IMF: N, "mombasa": Z, "kenya": Z}, "2025-06-12", ["ruto-imf-ordinary-kenyans"]),
        s(RUTO, "say", "mixed",
          '''The President, who has faced street protests over tax increases linked to the IMF programme, said the Fund had been "a partner" but that "no programme can succeed if it is paid for by the poorest."''',
          {IMF: Z}, None, ["ruto-imf-stabilised-economy", "ruto-imf-ordinary-kenyans"]),
        s(RUTO, "say", "mixed",
          '''In a speech that also praised the Standard Gauge Railway, Ruto said Kenya would "never mortgage our ports" to any lender, a remark seen as a message to Beijing, which financed the line and holds most of the railway debt.''',
          {SGR: P, "kenya": Z, "beijing": Z}, None,
          ["ruto-sgr-cut-costs", "ruto-never-mortgage-ports"]),
        s(RUTO, "say", "mixed",
          '''Last month, at a rally in Eldoret, Ruto said Kenya would "never again" accept IMF conditions that raise taxes on the poor.''',
          {"eldoret": Z, "kenya": Z, IMF: N}, "2025-05"),
        s("salim_mwadzo", "say", "mixed",
          '''Opposition MP Salim Mwadzo said the President was "telling lenders one thing and voters another."''',
          {RUTO: N}),
        s("salim_mwadzo", "tell", "direct",
          '''"On Monday he signs the letter of intent, on Thursday he attacks the Fund in Mombasa," Mwadzo told the Tribune.''',
          {IMF: Z, "mombasa": Z}),
        s(RUTO, "attack", "indirect",
          '''on Thursday he attacks the Fund in Mombasa''',
          {IMF: N, "mombasa": Z}, "2025-06-12", ["ruto-imf-ordinary-kenyans"]),
        s("davis_chirchir", "defend", "indirect",
          '''Transport Cabinet Secretary Davis Chirchir defended the railway's finances, saying cargo volumes on the line had risen by 12 percent this year.''',
          {SGR: P}),
        s("wanjiru_kamau", "say", "indirect",
          '''Wanjiru Kamau, an independent economist, said Kenya would spend more than 60 percent of its tax revenue on debt service this year, leaving little room for new infrastructure spending.''',
          {"kenya": Z}),
    ],
    "hl_10_scraped_ruto_ports_conference.txt": [
        s(RUTO, "quote", "indirect",
          '''Ruto: No more loans that put Kenyan ports at risk''',
          {"kenya": Z}, None, ["ruto-never-mortgage-ports"]),
        s(RUTO, "tell", "indirect",
          '''President William Ruto told regional transport ministers in Mombasa that Kenya would not take on new debt that could put its ports at risk, promising a shift to public-private partnerships for the next phase of the Standard Gauge Railway.''',
          {"mombasa": Z, "kenya": Z, SGR: Z}, None,
          ["ruto-never-mortgage-ports", "ruto-sgr-extension-ppp"]),
        s(RUTO, "tell", "direct",
          '''"We will never mortgage our ports," he told the East African Ports and Logistics Conference.''',
          {}, None, ["ruto-never-mortgage-ports"]),
        s(RUTO, "thank", "indirect",
          '''Ruto thanked China for financing the first phase of the railway but said the next phase, to the Uganda border at Malaba, would be built through a public-private partnership.''',
          {"china": P, SGR: Z, "uganda": Z, "malaba": Z}, None,
          ["ruto-thanks-china-sgr", "ruto-sgr-extension-ppp"]),
        s(RUTO, "thank", "mixed",
          '''The President thanked Tanzania and Uganda for joining the single customs window and said cargo now clears the Malaba border "in hours, not days."''',
          {"tanzania": P, "uganda": P, "malaba": Z}, None, ["ruto-customs-window"]),
        s(RUTO, "say", "mixed",
          '''Ruto also said the International Monetary Fund's advice "must take into account the lives of ordinary Kenyans," adding that his government would not raise fuel taxes again this year.''',
          {IMF: N, "kenya": Z}, None, ["ruto-imf-ordinary-kenyans"]),
        s("agnes_wairimu", "say", "indirect",
          '''Agnes Wairimu, chief executive of the Kenya Shippers Council, said importers would welcome the shorter clearance times but warned that congestion at the Mombasa container terminals remained a problem.''',
          {"mombasa": Z}, "none"),
    ],
    "hl_11_wire_peskov_black_sea_march.txt": [
        s(PESKOV, "quote", "indirect",
          '''Peskov: Kremlin welcomes Turkish offer to host Black Sea shipping talks''',
          {"moscow_kremlin": Z, "turkiye": P, "black_sea": Z}, None,
          ["peskov-mar-welcomes-turkish-offer"]),
        s(PESKOV, "say", "mixed",
          '''The Kremlin welcomed on Wednesday an offer by Türkiye to host talks on the safety of commercial shipping in the Black Sea, Kremlin spokesman Dmitry Peskov said, adding that Moscow was studying the proposal "with interest."''',
          {"moscow_kremlin": Z, "turkiye": P, "black_sea": Z, "moscow": Z}, "2025-03-12",
          ["peskov-mar-welcomes-turkish-offer"]),
        s(PESKOV, "tell", "direct",
          '''"We are grateful to our Turkish partners for their constructive position," Peskov told reporters on his daily conference call.''',
          {"turkiye": P}, None, ["peskov-mar-welcomes-turkish-offer"]),
        s(PESKOV, "say", "indirect",
          '''He said no date had been set and that the format of the talks was still being discussed.''',
          {}, None, ["peskov-mar-talks-format-open"]),
        s("turkiye", "propose", "indirect",
          '''Ankara proposed on Monday to host a meeting of experts from the coastal states to agree on rules that would reduce the risk to merchant vessels, whose insurance costs have risen sharply since the start of the war in Ukraine.''',
          {"ukraine": Z}, "2025-03-10"),
        s("murat_ekinci", "say", "mixed",
          '''A Turkish Foreign Ministry spokesman, Murat Ekinci, said on Tuesday that Ankara was ready to host the talks "at the earliest possible date" and had informed all the parties concerned.''',
          {"ankara": Z}, "2025-03-11"),
        s(PESKOV, "say", "mixed",
          '''Asked about contacts with the United States, Peskov said Moscow remained open to dialogue with Washington but that no new telephone conversation between Vladimir Putin and Donald Trump was planned "for now."''',
          {"united_states": Z, "moscow": Z, "washington_dc": Z, "vladimir_putin": Z,
           "donald_trump": Z}, None, ["peskov-mar-open-to-washington"]),
        s(PESKOV, "criticize", "mixed",
          '''The Kremlin spokesman also criticized the European Union's latest sanctions package, calling it "illegal" and saying it would "hurt those who imposed it more than Russia."''',
          {"european_union": N, "russia": Z}, None, ["peskov-mar-eu-sanctions-illegal"]),
        s(PESKOV, "say", "indirect",
          '''Peskov said Putin had no plans to travel abroad in March and would spend most of the month on domestic matters, including a meeting of the Security Council.''',
          {"vladimir_putin": Z, "security_council_of_russia": Z}),
    ],
    "hl_12_foreign_peskov_black_sea_march.txt": [
        s("russia", "respond", "indirect",
          '''Moscow responds positively to Ankara's Black Sea initiative''',
          {"ankara": P, "black_sea": Z}),
        s(PESKOV, "say", "indirect",
          '''Russia has responded positively to Türkiye's proposal to host talks on the safety of merchant shipping in the Black Sea, Kremlin spokesman Dmitry Peskov said on Wednesday.''',
          {"russia": Z, "turkiye": P, "black_sea": Z}, "2025-03-12",
          ["peskov-mar-welcomes-turkish-offer"]),
        s(PESKOV, "say", "mixed",
          '''Speaking to reporters in Moscow, Peskov said the Kremlin was grateful to "our Turkish partners" for what he called their constructive position and that Moscow was studying the offer with interest.''',
          {"moscow": Z, "moscow_kremlin": Z, "turkiye": P}, None,
          ["peskov-mar-welcomes-turkish-offer"]),
        s(PESKOV, "say", "indirect",
          '''Peskov said the format and date of the talks were still being discussed.''',
          {}, None, ["peskov-mar-talks-format-open"]),
        s("hakan_fidan", "say", "mixed",
          '''Foreign Minister Hakan Fidan said last week that Türkiye was ready to "facilitate any step that makes the Black Sea safer for everyone."''',
          {"turkiye": Z, "black_sea": Z}, "2025-03"),
        s(PESKOV, "repeat", "mixed",
          '''The Kremlin spokesman also repeated Moscow's criticism of the European Union's new sanctions, which he described as "illegal."''',
          {"moscow": Z, "european_union": N}, None, ["peskov-mar-eu-sanctions-illegal"]),
        s(PESKOV, "say", "indirect",
          '''On relations with Washington, Peskov said Moscow remained open to dialogue, but said no new call between the Russian and US presidents was planned for now.''',
          {"washington_dc": Z, "moscow": Z, "russia": Z, "united_states": Z}, None,
          ["peskov-mar-open-to-washington"]),
        s("serkan_yildiz", "say", "indirect",
          '''Serkan Yıldız, a maritime security analyst at the Marmara Institute for Maritime Studies, said a Russian-Turkish understanding on shipping would lower insurance costs for all Black Sea traders.''',
          {"russia": Z, "turkiye": Z, "black_sea": Z}),
        s("serkan_yildiz", "quote", "direct",
          '''"The insurers are the real audience for these talks.'''),
        s("serkan_yildiz", "say", "direct",
          '''If they see rules on paper, premiums will come down," he said.'''),
    ],
    "hl_13_statemedia_peskov_istanbul_may.txt": [
        s(PESKOV, "quote", "indirect",
          '''Peskov: contacts with Washington will continue, Moscow grateful to Türkiye for Istanbul talks''',
          {"washington_dc": Z, "moscow": Z, "turkiye": P, "istanbul": Z}, None,
          ["peskov-may-contacts-continue", "peskov-may-thanks-turkiye"]),
        s(PESKOV, "tell", "indirect",
          '''Russia and the United States will continue their contacts at various levels, and Moscow welcomes the readiness of the United States to keep the dialogue going, Kremlin Spokesman Dmitry Peskov told reporters on Wednesday.''',
          {"russia": Z, "united_states": P, "moscow": Z}, "2025-05-21",
          ["peskov-may-contacts-continue"]),
        s(PESKOV, "say", "direct",
          '''“We value the fact that the American side is ready to continue the dialogue,” Peskov said.''',
          {"united_states": P}, None, ["peskov-may-contacts-continue"]),
        s(PESKOV, "according to", "indirect",
          '''According to him, the timing of the next round of Russian-American consultations will be agreed through diplomatic channels.''',
          {"russia": Z, "united_states": Z}),
        s(PESKOV, "say", "indirect",
          '''Peskov also said Moscow is grateful to Türkiye for hosting last week’s talks on navigation safety in the Black Sea in Istanbul and to President Recep Tayyip Erdoğan personally for his mediation.''',
          {"moscow": Z, "turkiye": P, "black_sea": Z, "istanbul": Z,
           "recep_tayyip_erdogan": P}, None, ["peskov-may-thanks-turkiye"]),
        s(PESKOV, "say", "direct",
          '''“The Istanbul meeting was useful, and we are ready to continue in this format,” he said.''',
          {"istanbul": Z}),
        s(PESKOV, "say", "mixed",
          '''Commenting on new sanctions imposed by the United States on Russian shipping companies, Peskov said such measures were “counterproductive” and did not help to build trust.''',
          {"united_states": N, "russia": Z}, None, ["peskov-may-us-sanctions-counterproductive"]),
        s(PESKOV, "describe", "mixed",
          '''He also described the European Union’s sanctions policy as “illegal and doomed,” saying it had not achieved any of its goals.''',
          {"european_union": N}, None, ["peskov-may-eu-sanctions-illegal"]),
        s("maria_zakharova", "say", "indirect",
          '''Earlier, Russian Foreign Ministry Spokeswoman Maria Zakharova said Moscow expected the working group to begin its work before the end of the summer.''',
          {"moscow": Z}, "2025-05"),
        s("sergei_ryabkov", "say", "mixed",
          '''Russian Deputy Foreign Minister Sergei Ryabkov said earlier that the consultations with the United States on the work of the two countries’ embassies would continue “in a businesslike manner.”''',
          {"united_states": Z}, "2025-05"),
        s(PESKOV, "say", "indirect",
          '''The Kremlin spokesman also said that Putin would hold a meeting with members of the government on Thursday to discuss the development of transport corridors, including the North-South route and the Northern Sea Route.''',
          {"vladimir_putin": Z, "international_north_south_transport_corridor": Z,
           "northern_sea_route": Z}),
    ],
    "hl_14_scraped_peskov_sanctions_may.txt": [
        s(PESKOV, "slam", "mixed",
          '''Peskov slams new US sanctions as "counterproductive"''',
          {"united_states": N}, None, ["peskov-may-us-sanctions-counterproductive"]),
        s(PESKOV, "criticize", "mixed",
          '''Kremlin spokesman Dmitry Peskov on Wednesday criticized new US sanctions against Russian shipping companies, saying such steps were "counterproductive" and did nothing to build trust between the two countries.''',
          {"united_states": N, "russia": Z}, None, ["peskov-may-us-sanctions-counterproductive"]),
        s(PESKOV, "say", "mixed",
          '''Peskov said Russia would "not bow to pressure" from Washington.''',
          {"russia": Z, "washington_dc": N}, "none"),
        s("united_states_department_of_the_treasury", "accuse", "indirect",
          '''The US Treasury added nine shipping firms and 21 vessels to its sanctions list this week, accusing them of helping to move Russian oil above the price cap set by Western countries.''',
          {"russia": Z}, "none"),
        s(PESKOV, "repeat", "mixed",
          '''Peskov also repeated Moscow's view that the European Union's sanctions are "illegal."''',
          {"moscow": Z, "european_union": N}, None, ["peskov-may-eu-sanctions-illegal"]),
        s(PESKOV, "thank", "indirect",
          '''He also thanked Türkiye for hosting the Black Sea shipping talks in Istanbul last week.''',
          {"turkiye": P, "black_sea": Z, "istanbul": Z}, None, ["peskov-may-thanks-turkiye"]),
        s(PESKOV, "say", "indirect",
          '''At the same time, Peskov said the Kremlin remained interested in continuing contacts with Washington.''',
          {"moscow_kremlin": Z, "washington_dc": Z}, None, ["peskov-may-contacts-continue"]),
    ],
}

LULA_FORUM = "opening speech at the Forum of the Americas on Energy Transition, Itamaraty Palace, Brasília"
DIALOGUE = "13th EU-China Strategic Dialogue in Brussels (talks and the press remarks after them)"
RUTO_CONF = "opening speech at the East African Ports and Logistics Conference, Mombasa"
PESKOV_MAR = "Peskov's daily conference call with reporters, Moscow, Wednesday 12 March 2025"
PESKOV_MAY = "Peskov's remarks to reporters, Moscow, Wednesday 21 May 2025"

UTTERANCES = [
    # --- Lula, Brasília, 2025-04-08 -----------------------------------------------------------
    {"id": "lula-rich-nations-pay", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "rich nations must pay their share of the energy transition (they promised climate finance and did not deliver); developing countries cannot 'carry the planet on their backs'",
     "why": "hl_01 lead 'called on rich nations to pay their share ... \"carry the planet on their backs\"' (headlined 'urges fair energy transition'); hl_02 quotes 'Rich countries promised climate finance and did not deliver. Developing nations cannot carry the planet on their backs'; both at the opening of the Forum of the Americas on Energy Transition on Tuesday"},
    {"id": "lula-double-renewables", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "Brazil will double its investment in wind and solar power by 2030",
     "why": "'would double its investment in wind and solar generation by 2030' (hl_01), 'intends to double its investment in wind and solar power by 2030' (hl_02), 'insisted that the country would double its investment in wind and solar power by 2030' (hl_03), all in the forum speech"},
    {"id": "lula-transmission-auctions", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "a new round of transmission-line auctions in the second half of the year, open to foreign companies",
     "why": "hl_01 'invited foreign companies to take part in a new round of transmission-line auctions planned for the second half of the year'; hl_02 'announced a new round of transmission-line auctions for the second half of the year and invited foreign investors to take part'"},
    {"id": "lula-china-kept-word", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "China is 'a partner that has kept its word' (Chinese firms built most transmission lines)",
     "why": "the same quotation 'a partner that has kept its word' in hl_01, hl_02 and hl_03; hl_01's headline 'courts Chinese investment' and hl_02's 'praises partnership with China' headline it"},
    {"id": "lula-us-tariffs", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "US tariffs on (Brazilian) steel and aluminium punish workers on both sides",
     "why": "hl_01 'criticized Washington's trade policy' + quote 'Tariffs imposed by the United States on our steel and aluminium punish workers on both sides', headlined 'faults US tariffs'; hl_03 'turned on Washington, complaining that US tariffs on steel and aluminium \"punish workers on both sides\"'"},
    {"id": "lula-eu-mercosur-this-year", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "he expects the EU-Mercosur agreement to be signed this year",
     "why": "hl_01 'expected the European Union and Mercosur to sign their long-delayed trade agreement \"this year\"'; hl_02 'welcomed the European Union's commitment to conclude the agreement with Mercosur and said he expected it to be signed this year', headlined 'welcomes progress on EU–Mercosur deal'"},
    {"id": "lula-deforestation-barrier", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "the EU deforestation regulation must not become a disguised trade barrier against Brazilian farmers",
     "why": "'a disguised trade barrier against our farmers' (hl_01) and 'a disguised trade barrier\" against the country's farmers' (hl_03), both about the EU deforestation regulation in the Tuesday forum speech; hl_01 gives it in the same sentence as the Mercosur expectation"},
    {"id": "lula-petrobras-oil", "speaker": LULA, "occasion": LULA_FORUM, "date": "2025-04-08",
     "point": "he defended Petrobras's oil exploration off the northern coast: oil revenue will 'finance the transition, not delay it'",
     "why": "both 'defended' Petrobras's plans on/off the northern coast with the quotation 'finance the transition, not delay it'"},
    # --- EU-China Strategic Dialogue, Brussels, 2025-07-02 -----------------------------------
    {"id": "wang-partners-not-rivals", "speaker": WANG, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "China and the EU are partners, not rivals (partnership is better than rivalry)",
     "why": "hl_04 headline and lead 'partners rather than rivals'; hl_05 quote 'partnership is better than rivalry' to reporters after the dialogue; hl_07 'described China and the EU as \"partners, not rivals\"' in Beijing's version of Wednesday's dialogue"},
    {"id": "wang-supports-autonomy", "speaker": WANG, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "China supports the EU's pursuit of strategic autonomy",
     "why": "hl_04 'the EU's pursuit of strategic autonomy is something China supports'; hl_07 'Wang did say that China supports the EU's \"strategic autonomy\"'"},
    {"id": "wang-eu-trade-tariffs", "speaker": WANG, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "on trade, the EU should keep its market open; new EU tariffs on Chinese products would hurt both sides",
     "why": "hl_04 (state media, softened) 'expressed the hope that the European side would keep its market open'; hl_05 'warned the EU that new tariffs ... would \"hurt both sides\"'; hl_07 'accused the EU of preparing tariffs that would \"hurt both sides\"'"},
    {"id": "wang-no-weapons-to-russia", "speaker": WANG, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "China is impartial on the war in Ukraine and supplies no (lethal) weapons to either side; accusations over Russia are groundless",
     "why": "hl_04 'China has never provided lethal weapons to any party to the conflict'; hl_05 'rejected what he called \"groundless accusations\" over Russia'; hl_06 Kallas reports 'He said China does not supply weapons to either side' from the talks"},
    {"id": "kallas-climate-cooperation", "speaker": KALLAS, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "China and the EU can work together on climate change (she welcomed the cooperation)",
     "why": "hl_04 'welcomed the two sides' cooperation on climate change'; hl_05 'the two sides could \"work together on climate change\" ahead of the COP30 conference'; hl_06 'we can work together on climate change ... on the road to COP30'; hl_07 twice ('welcomed cooperation with China on climate change', 'did say, at her press conference, ... \"can work together on climate change\"')"},
    {"id": "kallas-summit-preparations", "speaker": KALLAS, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "the two sides will continue preparing the EU-China summit later this year and want it to succeed",
     "why": "hl_04 'ready ... to make the upcoming summit a success'; hl_05 'agreed to continue preparations for the summit'; hl_06 'agreed to continue the preparations for the EU-China summit' and 'we are preparing it ... both sides want it to succeed'"},
    {"id": "kallas-russia-biggest-obstacle", "speaker": KALLAS, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "China's support for Russia's war is 'the single biggest obstacle' in EU-China relations",
     "why": "the quotation 'the single biggest obstacle' told to Wang in hl_05 (headline and lead), hl_06 and hl_07"},
    {"id": "kallas-stop-components", "speaker": KALLAS, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "the EU expects China to stop the flow of components that end up in Russian drones (made this very clear)",
     "why": "hl_05 'had \"made very clear\" that it expected China to stop the flow of components that end up in Russian drones'; hl_06 'Chinese components are found in the drones ...' and 'We expect China to stop the flow of these goods, and we made this very clear'"},
    {"id": "kallas-trade-deficit-unsustainable", "speaker": KALLAS, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "the EU's trade deficit with China (over 300 billion euros) is not sustainable",
     "why": "'more than 300 billion euros last year, was \"not sustainable\"' (hl_05); 'more than 300 billion euros last year, and this is not sustainable' and 'On trade, the picture is not balanced' (hl_06)"},
    {"id": "kallas-trade-defence-tools", "speaker": KALLAS, "occasion": DIALOGUE, "date": "2025-07-02",
     "point": "the EU will keep using its trade defence tools if its companies cannot compete fairly in China",
     "why": "hl_05 'would keep using its trade defence tools if Chinese markets remained closed'; hl_06 'If our companies cannot compete fairly in China, we will continue to use our trade defence tools'"},
    # --- Ruto, Mombasa, 2025-06-12 ------------------------------------------------------------
    {"id": "ruto-thanks-china-sgr", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "he thanked China for financing the Standard Gauge Railway",
     "why": "hl_08 'has thanked China for financing the Standard Gauge Railway' and 'We thank our friends in China, who stood with us when others would not finance this railway' (headline 'hails China'); hl_10 'Ruto thanked China for financing the first phase of the railway'"},
    {"id": "ruto-sgr-cut-costs", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "the SGR railway has cut the cost of moving containers from the port to Nairobi by nearly half (praise of the railway)",
     "why": "hl_08 'said the railway had cut the cost of moving a container ... by nearly half' at the conference opening; hl_09 summarises it as 'a speech that also praised the Standard Gauge Railway'"},
    {"id": "ruto-sgr-extension-ppp", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "the next phase of the SGR, to the Uganda border, will be financed through a public-private partnership",
     "why": "hl_08 'extend the line to the Uganda border through a public-private partnership'; hl_10 'promising a shift to public-private partnerships for the next phase' and 'the next phase, to the Uganda border at Malaba, would be built through a public-private partnership'"},
    {"id": "ruto-imf-stabilised-economy", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "the IMF programme helped stabilise Kenya's economy; the Fund has been a partner (thanks to the IMF)",
     "why": "hl_08 'commended the International Monetary Fund for supporting Kenya's economic recovery' and 'thanked the Fund' (headline 'hails ... IMF as partners'); hl_09 'said the Fund had been \"a partner\"'"},
    {"id": "ruto-imf-ordinary-kenyans", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "the IMF's prescriptions must take into account the lives of ordinary Kenyans (no programme can succeed if paid for by the poorest)",
     "why": "the quotation 'must take into account the lives of ordinary Kenyans' in hl_09 (lead, headlined 'attacks IMF conditions') and hl_10; hl_09 also 'no programme can succeed if it is paid for by the poorest' and Mwadzo's 'on Thursday he attacks the Fund in Mombasa'"},
    {"id": "ruto-never-mortgage-ports", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "Kenya will 'never mortgage our ports' to any lender (no new debt that puts the ports at risk)",
     "why": "the quotation 'never mortgage our ports' in hl_08, hl_09 and hl_10; hl_09 headlines it as 'signals cooling on Chinese loans', hl_10 as 'No more loans that put Kenyan ports at risk'"},
    {"id": "ruto-customs-window", "speaker": RUTO, "occasion": RUTO_CONF, "date": "2025-06-12",
     "point": "he praised/thanked Tanzania and Uganda for joining the single customs window, which cuts border clearance from days to hours",
     "why": "hl_08 'praised Tanzania and Uganda for joining the regional single customs window ... from days to hours'; hl_10 'thanked Tanzania and Uganda for joining the single customs window ... \"in hours, not days\"'"},
    # --- Peskov, 2025-03-12 -------------------------------------------------------------------
    {"id": "peskov-mar-welcomes-turkish-offer", "speaker": PESKOV, "occasion": PESKOV_MAR, "date": "2025-03-12",
     "point": "the Kremlin welcomes Türkiye's offer to host Black Sea shipping-safety talks, is grateful to 'our Turkish partners' and studies the offer with interest",
     "why": "both on Wednesday: hl_11 'welcomed ... an offer by Türkiye to host talks on the safety of commercial shipping in the Black Sea' and 'grateful to our Turkish partners for their constructive position'; hl_12 'responded positively to Türkiye's proposal to host talks on the safety of merchant shipping in the Black Sea' and 'grateful to \"our Turkish partners\"'"},
    {"id": "peskov-mar-talks-format-open", "speaker": PESKOV, "occasion": PESKOV_MAR, "date": "2025-03-12",
     "point": "no date has been set; the format of the talks is still being discussed",
     "why": "hl_11 'no date had been set and that the format of the talks was still being discussed'; hl_12 'the format and date of the talks were still being discussed'"},
    {"id": "peskov-mar-open-to-washington", "speaker": PESKOV, "occasion": PESKOV_MAR, "date": "2025-03-12",
     "point": "Moscow remains open to dialogue with Washington, but no new Putin-Trump call is planned for now",
     "why": "both 'Moscow remained open to dialogue (with Washington)' and no new call/telephone conversation between the presidents planned '(for now)'"},
    {"id": "peskov-mar-eu-sanctions-illegal", "speaker": PESKOV, "occasion": PESKOV_MAR, "date": "2025-03-12",
     "point": "the EU's latest sanctions package is 'illegal'",
     "why": "both: the European Union's latest/new sanctions, described as 'illegal', in the same call"},
    # --- Peskov, 2025-05-21 -------------------------------------------------------------------
    {"id": "peskov-may-contacts-continue", "speaker": PESKOV, "occasion": PESKOV_MAY, "date": "2025-05-21",
     "point": "contacts with Washington will continue; Moscow values US readiness to continue the dialogue",
     "why": "hl_13 'Russia and the United States will continue their contacts', 'We value the fact that the American side is ready to continue the dialogue'; hl_14 'the Kremlin remained interested in continuing contacts with Washington', both on Wednesday"},
    {"id": "peskov-may-thanks-turkiye", "speaker": PESKOV, "occasion": PESKOV_MAY, "date": "2025-05-21",
     "point": "Moscow is grateful to Türkiye for hosting last week's Black Sea navigation talks in Istanbul",
     "why": "hl_13 'grateful to Türkiye for hosting last week's talks on navigation safety in the Black Sea in Istanbul'; hl_14 'thanked Türkiye for hosting the Black Sea shipping talks in Istanbul last week'"},
    {"id": "peskov-may-us-sanctions-counterproductive", "speaker": PESKOV, "occasion": PESKOV_MAY, "date": "2025-05-21",
     "point": "the new US sanctions on Russian shipping companies are 'counterproductive' and do not help build trust",
     "why": "the quotation 'counterproductive' about new US sanctions on Russian shipping companies, 'build trust', in hl_13 and hl_14 (headline and lead)"},
    {"id": "peskov-may-eu-sanctions-illegal", "speaker": PESKOV, "occasion": PESKOV_MAY, "date": "2025-05-21",
     "point": "the EU's sanctions (policy) is 'illegal'",
     "why": "hl_13 'described the European Union's sanctions policy as \"illegal and doomed\"'; hl_14 'repeated Moscow's view that the European Union's sanctions are \"illegal\"', in the same Wednesday call"},
]


# ---------------------------------------------------------------------------------------------
def read_manifest():
    with open(os.path.join(HERE, "corpus", "manifest.csv"), newline="", encoding="utf-8") as f:
        return {r["file"]: r for r in csv.DictReader(f)}


def interval(period):
    """(first day, last day) of an ISO period: YYYY, YYYY-MM or YYYY-MM-DD."""
    parts = [int(x) for x in period.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        y, m = parts
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    d = dt.date(*parts)
    return d, d


def overlap(p, q, days=PERIOD_DAYS):
    a0, a1 = interval(p)
    b0, b1 = interval(q)
    return (b0 - a1).days <= days and (a0 - b1).days <= days


def resolve_periods(manifest):
    udate = {u["id"]: u["date"] for u in UTTERANCES}
    for doc, sts in STATEMENTS.items():
        ddate = manifest[doc]["date"] or None
        for st in sts:
            p = st["period"]
            if p == "none":
                p = None
            elif p is None:
                dates = {udate[u] for u in st["utts"]}
                if dates:
                    assert len(dates) == 1, (doc, st["evidence"])
                    p = dates.pop()
                else:
                    p = ddate
            st["resolved_period"] = p


def build():
    manifest = read_manifest()
    resolve_periods(manifest)
    order = list(STATEMENTS)
    reports = []
    for doc in order:
        for st in STATEMENTS[doc]:
            reports.append((doc, st))
    uts = []
    for u in UTTERANCES:
        reps = [{"doc": d, "evidence": st["evidence"]} for d, st in reports if u["id"] in st["utts"]]
        assert all(st["speaker"] == u["speaker"] for d, st in reports if u["id"] in st["utts"]), u["id"]
        entry = {k: u[k] for k in ("id", "speaker", "occasion", "date", "point")}
        entry["reports"] = reps
        entry["why"] = u["why"]
        uts.append(entry)
    periods = [{"doc": d, "evidence": st["evidence"], "period": st["resolved_period"]}
               for d, st in reports if st["about"] and st["resolved_period"]]

    def outlet(doc):
        return manifest[doc]["publisher"].strip() or ("doc:" + doc)

    corr, contra = [], []
    for i, (da, sa) in enumerate(reports):
        for db, sb in reports[i + 1:]:
            if da == db or outlet(da) == outlet(db) or sa["speaker"] != sb["speaker"]:
                continue
            pa, pb = sa["resolved_period"], sb["resolved_period"]
            if not pa or not pb or not overlap(pa, pb):
                continue
            for t in sa["about"]:
                if t not in sb["about"]:
                    continue
                x, y = sa["about"][t], sb["about"][t]
                if Z in (x, y):
                    continue
                link = {"target": t, "a": {"doc": da, "evidence": sa["evidence"]},
                        "b": {"doc": db, "evidence": sb["evidence"]}}
                (corr if x == y else contra).append(link)
    links = {"guidelines": "v1.4", "period_days": PERIOD_DAYS, "utterances": uts,
             "periods": periods, "corroborations": corr, "contradictions": contra}
    with open(os.path.join(HERE, "links.json"), "w", encoding="utf-8") as f:
        json.dump(links, f, ensure_ascii=False, indent=1)
        f.write("\n")
    out = {}
    for doc in order:
        out[doc] = []
        for st in STATEMENTS[doc]:
            rec = {"speaker": st["speaker"], "cue": st["cue"], "kind": st["kind"],
                   "evidence": st["evidence"], "about": list(st["about"])}
            if st["about"]:
                rec["stance"] = dict(st["about"])
            rec["period"] = st["resolved_period"]
            if st["utts"]:
                rec["utterances"] = st["utts"]
            out[doc].append(rec)
    with open(os.path.join(HERE, "statements.json"), "w", encoding="utf-8") as f:
        json.dump({"guidelines": "v1.3 statements with v1.4 periods", "documents": out},
                  f, ensure_ascii=False, indent=1)
        f.write("\n")
    return links


if __name__ == "__main__":
    L = build()
    pairs = set()
    for u in L["utterances"]:
        r = u["reports"]
        for i in range(len(r)):
            for j in range(i + 1, len(r)):
                if r[i]["doc"] != r[j]["doc"]:
                    pairs.add(tuple(sorted([(r[i]["doc"], r[i]["evidence"]), (r[j]["doc"], r[j]["evidence"])])))
    print("utterances", len(L["utterances"]), "report pairs", len(pairs),
          "periods", len(L["periods"]), "corroborations", len(L["corroborations"]),
          "contradictions", len(L["contradictions"]))

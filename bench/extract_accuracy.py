"""How well ``rnkclaims extract`` drafts claims, on sets measured separately.

- ``dev``: the development texts in ``bench/extract_dev/`` (wire copy written in the
  style of Reuters, CNN, AP, Yonhap, IANS and Al Arabiya, with the claims coded by hand
  in ``expected.yaml``); the rules were tuned on these.
- ``test``: the held-out texts in ``bench/extract_test/``, same format, never tuned on.
- ``test2``: a second held-out set in ``bench/extract_test2/``, written after ``test``
  had been looked at; measured once before any change ("first sight"), never tuned on.
- ``test3``: a third held-out set in ``bench/extract_test3/`` (AP, Reuters, TASS and
  KCNA English, Kyodo, NK News, DW), written after ``test2`` had been looked at;
  measured once before any change ("first sight"), never tuned on.
- ``test4``: a fourth held-out set in ``bench/extract_test4/`` (KCNA English, Reuters,
  Yonhap, AFP, TASS, AP, CNN, Kyodo, BBC, NK News, IANS running Yonhap copy), written
  after ``test3`` had been looked at; measured at first sight and after the round's
  rules, then read and its misses fixed (no longer blind).
- ``test5``: a fifth held-out set in ``bench/extract_test5/`` (Al Jazeera, The Guardian,
  Nikkei Asia, Korea JoongAng Daily, Interfax, RFA, VOA, Arirang, a Kremlin readout, a
  38 North analysis, a UN meetings press release), written after ``test4`` had been read;
  measured at first sight and after the round's rules, then read and its misses fixed
  (no longer blind).
- ``test6``: a sixth held-out set in ``bench/extract_test6/`` (AFP, Bloomberg, the
  Financial Times, NHK World, Xinhua, Meduza, The Moscow Times, Daily NK, the Hankyoreh,
  a Pentagon briefing transcript, a Russian Foreign Ministry answer), written before
  test5's misses were read; measured at first sight and after the round's rules, then
  read and its misses fixed (no longer blind).
- ``test7``: a seventh held-out set in ``bench/extract_test7/`` (AP, a Reuters exclusive,
  the Kyiv Independent, Ukrainska Pravda, Rossiyskaya Gazeta, a Rodong Sinmun commentary
  via KCNA, the Yomiuri, the Korea Times, SCMP, a State Department briefing transcript,
  Politico Europe), written before test6's misses were read; measured at first sight and
  after the round's rules, then read and its misses fixed (no longer blind).
- ``test8``: an eighth held-out set in ``bench/extract_test8/`` (NK News, Daily NK, RFA, a
  BBC explainer, a Chief Cabinet Secretary press conference, a Unification Ministry
  briefing via Yonhap, a UN Security Council meeting, a NATO Secretary General statement,
  Bloomberg on a CSIS report, a Guardian live blog, Xinhua, Interfax), written before
  test7's misses were read; measured at first sight and after the round's rules, then
  read and its misses fixed (no longer blind).
- ``test9``: a ninth held-out set in ``bench/extract_test9/`` (the Washington Post, the New
  York Times, The Diplomat, Defense News, Janes, Ukrinform on a GUR statement, a Zelensky
  nightly address, a TASS transcript of a Lavrov news conference, RIA Novosti on a Peskov
  briefing, the Chosun Ilbo on a KCNA press statement, a US Treasury release, the Japan
  Times on Japan's defence white paper, RFE/RL), written before any change of its round;
  measured at first sight and once at the round's end, its misses printed only after
  that second run (so it is read now, and a later round's rules are not blind to it).
- ``test10``: a tenth held-out set in ``bench/extract_test10/`` (the Asahi Shimbun, KBS,
  the Global Times, Kommersant, a UN Security Council press summary, Stars and Stripes on
  a Senate hearing, a South Korean president's remarks page, a UK government release, a
  BBC Monitoring digest of KCNA, the Wall Street Journal, Anadolu, an ISW assessment,
  Euronews), written before any change of its round and measured the same way.
- ``test11``: an eleventh held-out set in ``bench/extract_test11/`` (a Japanese Foreign
  Ministry press conference, an EU Council statement, Sky News, the Mainichi, Izvestia,
  the Dong-A Ilbo, The Hill on a House hearing, France 24 with AFP, Sputnik, ABC News
  Australia, Newsweek), written before any change of its round and measured the same way.
- ``test12``: a twelfth held-out set in ``bench/extract_test12/`` (a White House briefing
  transcript, a South Korean Foreign Ministry briefing, a CBS interview transcript, The
  Telegraph, Jiji Press, CGTN, RBC, UNIAN, Le Monde with AFP, NPR, a House of Commons
  urgent question in Hansard), written before any change of its round and measured the
  same way.
- ``test13``: a thirteenth held-out set in ``bench/extract_test13/`` (Axios, CBC News with
  Canadian Press copy, The Straits Times, Novaya Gazeta Europe, EFE, a German government
  press conference transcript, a PBS NewsHour interview transcript, Vedomosti, a UK
  Defence Intelligence update, a Carnegie commentary), written before any change of its
  round and measured the same way.
- ``test14``: a fourteenth held-out set in ``bench/extract_test14/`` (NBC News, CNA with
  Reuters copy, the Kyiv Post, RT, a NATO press conference transcript, a US Senate
  committee's joint statement, a Lowy Institute Interpreter commentary, Euractiv with AFP
  copy), written before any change of its round and measured the same way.
- ``test15``: a fifteenth held-out set in ``bench/extract_test15/`` (dpa, The Independent
  with PA copy, a Kremlin transcript of press statements, Arab News with AFP copy, a
  Taipei Times editorial, Suspilne, ERR News, JAPAN Forward from the Sankei, a State
  Department briefing transcript), written before any change of its round and measured
  the same way.
- ``test16``: a sixteenth held-out set in ``bench/extract_test16/`` (a DER SPIEGEL print
  interview in question-and-answer form, the Hindustan Times with ANI copy, ANSA, LRT
  English, Fox News, PAP, a South Korean defence ministry briefing transcript, the
  Hankook Ilbo's English edition), written before any change of its round and measured
  the same way.
- ``test17``: a seventeenth held-out set in ``bench/extract_test17/`` (Reuters with a
  "told reporters" scrum, AP with a long run of quotations, tagesschau.de in English,
  Ukrainska Pravda's live feed, a Japanese Defense Ministry press conference transcript,
  Radio Free Asia, a think-tank podcast transcript, a UK parliamentary committee's oral
  evidence, VOA Korean in English; most acts carried by the words behind a neutral verb),
  written before any change of its round and measured the same way.
- ``test18``: an eighteenth held-out set in ``bench/extract_test18/`` (Reuters with an
  unnamed senior U.S. official who "told reporters", Yonhap on a closed-door National
  Assembly intelligence committee briefing relayed by lawmakers, Kyodo on a joint press
  conference, Le Figaro in English, a Deutsche Welle TV transcript, a Russian embassy's
  Telegram statement, a Korea Herald editorial, a European Parliament plenary debate, an
  Australian Senate estimates hearing; most acts carried by the words behind a neutral
  verb or none), written before any change of its round and measured the same way.
- ``test19``: a nineteenth held-out set in ``bench/extract_test19/`` (Interfax-Ukraine on a
  telethon, Yle News, SBS News with a "Key Points" box, a UN Security Council
  meetings-coverage release ("The representative of the Republic of Korea said"), Canada's
  House of Commons Hansard in Question Period ("Mr. Michael Chong (Wellington—Halton Hills,
  CPC): Mr. Speaker, ..."), an Asia Times analysis, TVP World, a G7 foreign ministers'
  statement, RNZ; most acts carried by the words behind a neutral verb or none), written
  before any change of its round and measured the same way.
- ``test20``: a twentieth held-out set in ``bench/extract_test20/`` (The Moscow Times on a
  Kremlin spokesman, a Hankyoreh opinion column signed by an editorial writer, Kyodo News
  English on the Chief Cabinet Secretary, Al-Monitor, an unsigned analysis in The
  Economist's style ("says Victor Cha of ...", "reckons", "Mr Cha thinks"), a Kremlin
  readout of a telephone conversation, a Lithuanian foreign ministry statement, a US State
  Department readout of a call, Nikkei Asia; most acts carried by the words behind a
  neutral verb or none), written before any change of its round and measured the same way.
- ``test21``: a twenty-first held-out set in ``bench/extract_test21/`` (a long read in The
  Atlantic's style with a role before the name and quotations continued by "he says" a
  paragraph later, a Chatham House expert comment signed by its author, a Global Affairs
  Canada minister's statement, Radio Svoboda's Russian service in translation, a Korea
  JoongAng Daily editorial, Breaking Defense on an INDOPACOM commander's testimony, an
  EEAS spokesperson's statement, Foreign Policy with analysts who "reckon", "think" and
  "estimate", a Russian Defence Ministry readout of talks; most acts carried by the words
  behind a neutral verb or none), written before any change of its round and measured the
  same way.
- ``test22``: a twenty-second held-out set in ``bench/extract_test22/`` (Voice of America on
  a State Department official introduced by his office before his name, a Korea Herald
  report on a closed-door intelligence briefing relayed by a lawmaker, Yonhap's North
  Korea desk on a KCNA report, an ABC News (Australia) report with an analyst who
  "reckons", an unsigned editorial of The Japan News (Yomiuri English), an NK Pro analysis
  signed by its author, a Reuters Factbox in bullets, a Kyiv Independent explainer with
  many named sources under question headings; most acts carried by the words behind a
  neutral verb or none), written after the test21 round, measured at first sight and after
  the round of dev204-206 (its misses not printed), then read in the round of dev207-219 and
  its misses worked on (no longer blind).
- ``test23``: a twenty-third held-out set in ``bench/extract_test23/`` (a Washington Post
  report from Kyiv with an unnamed commander's quotations continued by "he added" and an
  office before the name, an NPR Morning Edition transcript with HOST and BYLINE labels
  and a soundbite through an interpreter, an unsigned Le Monde editorial in English
  translation, a Korea Times column signed by its author, a RIA Novosti item in
  translation on a Foreign Ministry briefing, a South Korean presidential office briefing
  in question-and-answer form, a Japanese Defense Ministry press release in numbered
  paragraphs, an Ukrinform report citing Yonhap on a KCNA statement; most acts carried by
  the words behind a neutral verb or none), written after the test22 round, measured at
  first sight and after the round of dev207-219 (its misses not printed), then read in the
  round of dev220-229 and its misses worked on (no longer blind).
- ``test24``: a twenty-fourth held-out set in ``bench/extract_test24/`` (ordinary news
  reports: Reuters from Seoul with a hedged lead and an unnamed officer, AP from Kyiv
  with a quotation split around "he said" and events dated apart from the statements, an
  AFP report run by Al Arabiya on the veto of the UN panel, Yonhap on the treaty's
  ratification, IANS running Yonhap copy with a relay chain through KCNA and TASS, The
  Guardian on an intelligence briefing relayed by a lawmaker, Kyodo on Japan's sanctions,
  TASS English on a Kremlin denial, NK News on oil shipments; page furniture, the
  outlets' own background and most acts carried by the words behind a neutral verb),
  written after the test23 round, measured at first sight and after the rounds of
  dev207-229 (its misses not printed, the same figures both times), then read in the
  round of dev230-233 and its misses worked on (no longer blind).
- ``test25``: a twenty-fifth held-out set in ``bench/extract_test25/`` (ordinary news
  reports: CNN on Kim's visit to the Komsomolsk aircraft plant with a lead carried by
  regional officials, the BBC on builders and deminers announced by Shoigu, Ukrinform on
  the Prosecutor General's analysis of missile debris given in an interview with Reuters,
  The Korea Herald on the defense minister's estimate of containers shipped, Al Jazeera
  on Lavrov calling denuclearisation "closed", Bloomberg on a US Treasury designation,
  Reuters on the G7 foreign ministers' statement and Moscow's rejection, AP on North
  Korean prisoners of war in Ukraine; datelines, split quotations, relative dates, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written after the test24 set, measured at first sight and after the
  rounds of dev220-233 (its misses not printed, the same figures each time), then read
  (its misses listed in the README, not worked on).
- ``test26``: a twenty-sixth held-out set in ``bench/extract_test26/`` (ordinary news
  reports: Reuters from Seoul on a spy agency's hedged briefing relayed by a lawmaker with
  an unnamed officer and a statement carried by KCNA, CNN on the treaty's signing with
  quoted phrases and a presidential office's warning reported by Yonhap, an AFP report run
  by Al Arabiya on Moscow's confirmation of the troops with KCNA quoting a party
  commission, IANS running Yonhap copy with hops through TASS and KCNA, NBC News on the
  Vostochny summit with "Putin replied:" and "Russian news agencies reported", The
  Independent on Kirby's briefing with events dated apart from the statement, Deutsche
  Welle on the launch of the sanctions monitoring team with an ambassador who "told the
  Interfax news agency", the Kyiv Independent on HUR's missile count with an interview
  given to the outlet itself; datelines, split quotations, relative dates, page furniture,
  the outlets' own background and most acts carried by the words behind a neutral verb),
  written after the test25 set and measured at first sight and after each later round (the
  speaker ids, the furniture and answers, the acts by structure), then read (its misses
  printed and worked on in the round that wrote test30-test33).
- ``test27``: a twenty-seventh held-out set in ``bench/extract_test27/`` (ordinary news
  reports: AP on Shoigu's visit to Pyongyang with Kim's pledge relayed by KCNA, Sky News
  on Zelensky's account of North Korean losses in Kursk, ABC News (Australia) on Seoul's
  view that Russia helped the Malligyong-1 satellite launch, Radio Free Asia on the
  Multilateral Sanctions Monitoring Team's first report, Voice of America on the
  Pentagon's briefing on troops sent to Russia, Euronews on Lavrov's talks in Wonsan, The
  South China Morning Post on the 2024 partnership treaty and Beijing's response, The
  Japan Times on the joint statement condemning missile transfers; datelines, leads with
  the attribution at the end, split and continued quotations, relays through KCNA and
  TASS, unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and most acts carried by the words behind a neutral verb), written after the
  test25 set and measured at first sight and after each later round (the speaker ids, the
  furniture and answers, the acts by structure), then read (its misses printed and worked
  on in the round that wrote test30-test33).
- ``test28``: a twenty-eighth held-out set in ``bench/extract_test28/`` (ordinary news
  reports: The New York Times on North Korean losses in Kursk counted by Zelensky, the
  Joint Chiefs of Staff and a lawmaker citing the spy agency, with an unnamed senior
  official; The Wall Street Journal on the White House's account of North Korean ballistic
  missiles fired at Ukraine; the Financial Times on oil shipped to North Korea beyond the
  UN cap, found by a research group, and the UK foreign secretary's accusation; The Moscow
  Times on Putin calling the troops "our business"; Daily NK on Russian technicians at
  Sohae before the failed satellite launch, with sources who told the outlet itself and an
  acknowledgement carried by KCNA; NHK World on Japan's concern over the 2024 partnership
  treaty, with treaty text released by KCNA; Yonhap on the envoys' exchange at the UN
  Security Council; the Korea JoongAng Daily on Pyongyang's first confirmation of the
  deployment, with a leader quoted by KCNA and standing positions of both states;
  datelines, leads with the attribution at the end, split and continued quotations, relays
  through KCNA, unnamed officials and sources, plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page furniture,
  the outlets' own background and most acts carried by the words behind a neutral verb),
  written after the test27 set and measured at first sight and after each later round (the
  speaker ids, the furniture and answers, the acts by structure), then read (its misses
  printed and worked on in the round that wrote test30-test33).
- ``test29``: a twenty-ninth held-out set in ``bench/extract_test29/`` (ordinary news
  reports: The Guardian on the spy agency's count of further troops sent to Russia,
  relayed by two lawmakers, with KCNA on a Russian delegation and a ministry's unnamed
  spokesperson; the BBC on Budanov's account of North Korean shells and missiles, with a
  minister's pledge carried by KCNA and a president's post on X; Bloomberg on the
  Multilateral Sanctions Monitoring Team's report on oil shipped beyond the UN cap, with a
  spokeswoman's denial carried by RIA Novosti; AFP on Lavrov's remarks in Wonsan, with
  "according to Russian news agencies" and a counterpart's pledge reported by KCNA; Kyodo
  on Japan's asset freezes and the Russian embassy's reply on Telegram; NK News on Russian
  engineers at Sohae reported by the defence minister, with a spokesperson who told the
  outlet itself; The Korea Times on an air-defence system and fighter jets reportedly
  offered, with a lawmaker citing a ministry report; Politico on Rutte's warning in
  Brussels, with unnamed diplomats and a pledge carried by Russian state media; datelines,
  leads with the attribution at the end, split quotations, long titles before names,
  bodies named by a country's possessive, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most acts
  carried by the words behind a neutral verb), written after the test28 set and measured
  at first sight and after each later round (the speaker ids, the furniture and answers,
  the acts by structure), then read (its misses printed and worked on in the round that
  wrote test30-test33).
- ``test30``: a thirtieth held-out set in ``bench/extract_test30/`` (ordinary news
  reports: Reuters on the first road bridge across the Tumen, begun with a premier's words
  carried by KCNA and a prime minister's forecast, with "Washington and Seoul say" and an
  unnamed ministry official's call; Al Jazeera on Kim's welcome for army engineers back
  from Kursk, with his pledge carried by KCNA, an ambassador quoted by TASS and the
  outlet's own correspondent; CBS News in 2022 on the White House's account of shells
  shipped by way of the Middle East and North Africa, with a newspaper's earlier report, a
  ministry's denial carried by KCNA and an embassy's quoted word; The Telegraph on drone
  warfare learnt in Kursk, told to the paper by a Ukrainian general, with a state agency's
  report and the leader's phrase in one sentence; Nikkei Asia on Japan's defence white
  paper, a document that speaks for the government, with a minister's "had not confirmed"
  and an embassy's reply; TASS on the intergovernmental commission's protocol announced by
  its co-chair; Ukrinform on Umerov's interview with KBS and a report "As Ukrinform
  reported" with an absolute date; KBS World on Seoul's review of arms for Ukraine after
  the 2024 partnership treaty, with Putin's warning, a step "did not rule out" with no
  condition and an ambassador's rejection; datelines, leads with the attribution at the
  end, split quotations, relays through KCNA, TASS and KBS, unnamed officials and plural
  bodies, long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written after the test29 set and measured at first
  sight and after the round that read test26-test29 (its misses not printed), then read at
  that round's end (its misses printed and worked on).
- ``test31``: a thirty-first held-out set in ``bench/extract_test31/`` (ordinary news
  reports: CNN on the spy agency's account of special forces shipped to Russia's Far East,
  with a presidential office's quoted phrase, a president's warning in Brussels and a
  spokesman's dismissal; The Diplomat on the military's look at Russian help with a new
  destroyer, with KCNA's report and a leader's plans carried by it and unnamed analysts;
  The Washington Post on North Korean gunners in Kursk, with an unnamed battalion
  commander and an unnamed Western official; RFE/RL on Putin's thanks for the troops, with
  a party commission's statement carried by KCNA and a general's earlier mention; Xinhua
  on the ratification of the 2024 partnership treaty, with the treaty's text, a spokesman
  reported by TASS and a leader quoted by KCNA; Yonhap on Seoul's sanctions on North
  Koreans and Russian ships, with an ambassador's interview given to another paper and a
  denial carried by KCNA; Newsweek on North Korean missiles grown more accurate, with an
  unnamed intelligence official who told Reuters and quotations after colons under the
  outlet's section heads; The Times of India on the Putin-Kim talks in Beijing, with an
  aide's account, KCNA's report, a president's post and the aide's denial; datelines,
  leads with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most acts
  carried by the words behind a neutral verb), written after the test29 set and measured
  at first sight and after the round that read test26-test29 (its misses not printed),
  then read at that round's end (its misses printed and worked on).
- ``test32``: a thirty-second held-out set in ``bench/extract_test32/`` (ordinary news
  reports: IANS running Yonhap copy on Kim's "fraternal duty" pledge to Putin in Beijing,
  with KCNA, TASS and Interfax as relays and an unnamed ministry official; Al Arabiya
  English running Reuters copy on North Korea's denial of arms for the Wagner group, with
  Kirby's account, a founder's denial and earlier statements dated by month; AP on Kim's
  pledge to Belousov carried by state media, with remarks relayed by RIA Novosti and a
  figure from two governments' officials; Fox News on Kim's train into Russia, with the
  Kremlin's confirmation, Peskov's dismissal of Washington's warnings and the State
  Department's warning; Le Monde in English on the spy satellite put into orbit and the
  spy agency's suspicion of Russian help, with a researcher's judgement after "For him";
  The Korea Herald on Seoul's sanctions on Russian ships over arms and oil, with an
  ambassador's reply to the paper itself; NPR on the Pyongyang pact, with Putin's thanks
  in a party newspaper and an analyst who "says"; The Straits Times on the first special
  forces sent to Russia, with the presidential office's warning and Peskov's dismissal;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials, plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background and
  most acts carried by the words behind a neutral verb), written after the test29 set and
  measured at first sight and after the round that read test26-test29 (its misses not
  printed), then read at that round's end (its misses printed and worked on).
- ``test33``: a thirty-third held-out set in ``bench/extract_test33/`` (ordinary news
  reports: Reuters from Seoul on the foreign ministry's offer to take in North Korean
  soldiers captured in Kursk, with a president's post on X, the spy agency's confirmation
  and a lawmaker's casualty estimate; ABC News (US) on the partnership pact signed in
  Pyongyang, with a standing accusation by U.S. officials, a denial and an unnamed
  presidential official; CNBC on the White House's account of artillery shells shipped
  covertly, with a denial carried by KCNA and a dismissal carried by TASS; Anadolu on
  Shoigu's announcement of deminers and builders for Kursk, with a quotation carried by
  TASS, a pledge reported by KCNA and a call reported by Yonhap; Interfax-Ukraine on the
  Prosecutor General's count of North Korean missiles, told to Reuters, with an office's
  findings and a representative's warning; Arirang News on the defence minister's count of
  munitions containers; The Hill on Blinken's account of troops in Kursk, with the four
  ministers' joint statement and a vice minister's words carried by KCNA; France 24
  running AFP copy on the Vostochny summit, with "according to Russian news agencies";
  datelines, leads with the attribution at the end, split quotations, long titles before
  names, unnamed officials and plural bodies, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most acts
  carried by the words behind a neutral verb), written after the test29 set and measured
  at first sight and after the round that read test26-test29 (its misses not printed),
  then read at that round's end (its misses printed and worked on).
- ``test34``: a thirty-fourth held-out set in ``bench/extract_test34/`` (ordinary news
  reports: Reuters from Seoul on the Russian-made car Putin gave Kim, reported by KCNA,
  with the sister's words quoted by KCNA, the foreign ministry's finding of a sanctions
  breach and an unnamed official's quoted call; Axios on the U.S. missiles Ukraine may
  fire into Russia after the North Korean deployment, with officials who told the outlet
  itself, a step on a condition, a senator's warning told to TASS and a vice minister's
  account dated "last month"; The Guardian in 2022 on North Korea's recognition of the
  Donetsk and Luhansk separatist regions, with KCNA's report of a minister's letters,
  Kyiv's quoted charge and warning and unnamed Russian officials and analysts in one
  sentence; Deutsche Welle on Germany's summons of North Korea's charge d'affaires, with a
  ministry's post on X, Austin's quoted word and Putin's answer in Kazan after a sentence
  that only sets the scene; Yonhap on the Joint Chiefs of Staff's count of further troops
  and weapons sent to Russia, with an unnamed official, KCNA "Earlier in the day" and
  unnamed experts; the Korea JoongAng Daily in 2023 on the drones a governor gave Kim,
  with two governments' fear in the lead, KCNA's report and a spokesman's quoted phrases
  dated "last week"; the Kyiv Post on Budanov's count of Koksan guns and rocket launchers,
  told to The War Zone, with a president's step "did not rule out" on a condition; Radio
  Free Asia on fuel prices as Russian oil flows in, with anonymous sources who told the
  outlet itself, a research group's findings and a spokesperson's email; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and
  sources, plural bodies, long titles before names, relative dates and events dated apart
  from statements, standing denials, page furniture, the outlets' own background and most
  acts carried by the words behind a neutral verb), written after the test33 set and
  measured at first sight and on the round's final code (its misses not printed), then
  read at the start of the round that wrote test38-test41 (its misses printed and worked
  on).
- ``test35``: a thirty-fifth held-out set in ``bench/extract_test35/`` (ordinary news
  reports: AP from Moscow on the Kremlin's word that Putin is ready to visit Pyongyang
  after receiving Choe Son Hui, with her pledge carried by Tass, Kirby's account of North
  Korean missiles dated "earlier this month" and a spokesperson's call in Seoul; CNN on
  the Joint Chiefs' report of more troops, casualties and arms sent to Russia, with a
  spokesman's denial and Ukraine's military intelligence; the BBC on a research group's
  satellite count of oil shipped from Vostochny, with a foreign secretary who told the
  broadcaster itself and a former panel chief who "says"; Al Jazeera on Medvedev in
  Pyongyang for the party anniversary, with Kim's pledge and words carried by KCNA,
  Medvedev's carried by TASS, a post on Telegram and the outlet's own correspondent; NHK
  World on Japan's protest at the spy satellite launch, with the chief cabinet secretary,
  the prime minister, KCNA's report and an administration's pledge carried by it; The
  Moscow Times on Russia's veto of the UN sanctions panel, with two ambassadors, the
  panel's report and a Read more teaser; Daily NK on builders sent to Russia on student
  visas, told by two unnamed sources, with the interior ministry's data and unnamed
  Russian officials; the South China Morning Post on the Chinese foreign ministry's word
  that it knew nothing of the deployment, with Rutte, a State Department spokesman and the
  spy agency; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and sources, plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written after
  the test33 set and measured at first sight and on the round's final code (its misses
  not printed), then read at the start of the round that wrote test38-test41 (its misses
  printed and worked on).
- ``test36``: a thirty-sixth held-out set in ``bench/extract_test36/`` (ordinary news
  reports: an AFP report run by Barron's on North Korea's denial of arms sales to Russia
  in 2022, with a vice director's statement carried by KCNA, Washington's earlier
  accusation and an ambassador who told Izvestia; Bloomberg on the White House's account
  of more than 1,000 containers of munitions shipped to Russia, with a quotation split
  around "he said", a standing denial, a dismissal carried by Interfax and a ministry
  reported by Yonhap; The Wall Street Journal on the Malligyong-1 launch and Seoul's
  suspicion of Russian help, with an unnamed senior official and a spokeswoman's statement
  without quotation marks; Kyodo on the Japan-U.S.-South Korea leaders' joint statement in
  Lima, dated "on Friday" in a report of Saturday, with the Kremlin's standing position;
  NK News on the failed launch on a new engine, with an official who told KCNA, an unnamed
  military official and a spokesperson who told the outlet itself; Ukrainska Pravda on
  North Korean troops back in combat in Kursk, under its Source, Quote and Details labels,
  with a report by The New York Times and a forecast carried by Yonhap; TASS on the
  partnership treaty's entry into force, with a ministry's statement, a deputy minister
  who spoke to TASS and a leader's pledge carried by KCNA; The Korea Times on Yoon's
  warning at the UN General Assembly, with a deputy director's quoted phrase and a
  spokesman's position dated "last week"; datelines, leads with the attribution at the
  end, split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written after the test33 set and measured at first sight and on the
  round's final code (its misses not printed), then read at the start of the round that
  wrote test38-test41 (its misses printed and worked on).
- ``test37``: a thirty-seventh held-out set in ``bench/extract_test37/`` (ordinary news
  reports: Reuters from Seoul on Lavrov's visit to Pyongyang, with a counterpart's pledge
  carried by TASS, the White House's account of containers of munitions, a standing
  dismissal by both states and an unnamed ministry official who told Reuters; Voice of
  America on the national security adviser's account of air defence equipment sent to
  North Korea, told to KBS, with "U.S. officials said this week", state media's report and
  a standing position of Russian officials; Sky News on the partnership pact signed in
  Pyongyang, with a treaty clause quoted by Putin, Kim's quoted pledge, a standing
  accusation by two states and a rejection by two; Politico Europe on Kallas' warning at
  her first meeting of foreign ministers, with listings reported by two EU diplomats, a
  minister's quoted phrase with "adding that" and a defence minister quoted by state
  media; The Japan Times on the spy satellite put into orbit, with KCNA's account and
  plans, a prime minister's charge and protest and a minister's hedged account of Russian
  engineers; Interfax on the Federation Council's ratification of the treaty, with a
  deputy minister's quoted phrases and "He added that", a ministry's phrase reported by
  KCNA and "As reported,"; Yonhap on the Joint Chiefs of Staff's estimate of further
  troops and weapons sent to Russia, with an unnamed official, KCNA's report and the
  agency's own note; CBS News on North Korean casualties in Kursk given by an unnamed
  senior military official, with a quotation split around "told reporters Tuesday" and a
  ministry that "warned last week"; datelines, leads with the attribution at the end,
  split quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page furniture,
  the outlets' own background and most acts carried by the words behind a neutral verb),
  written after the test33 set and measured at first sight and on the round's final code
  (its misses not printed), then read at the start of the round that wrote test38-test41
  (its misses printed and worked on).
- ``test38``: a thirty-eighth held-out set in ``bench/extract_test38/`` (ordinary news
  reports: the Chosun Ilbo in 2023 on the spy agency's count of more than a million shells
  shipped to Russia, with lawmakers who briefed reporters, signs of Russian help with the
  spy satellite, a pledge dated by the Vostochny summit and a standing denial by both
  states; UPI on the partnership treaty's text published by state media, with its mutual
  defence article quoted in pieces, Putin's words in Hanoi and a national security
  adviser's step on arms for Ukraine; CBC News on NATO's word that North Korean troops are
  in Kursk, with a Pentagon spokesperson, two Canadian ministers, one of whom told the
  broadcaster itself, a vice-minister's defence carried by KCNA and a military
  intelligence agency "last week"; Kommersant in 2023 on Shoigu's visit to Pyongyang, with
  the defence ministry's account, KCNA's report, a source who told the paper itself, a
  standing accusation and a dismissal "last year"; CNA running AFP copy on North Korea's
  first confirmation of its troops in Kursk, with a commission's statement and a leader's
  words carried by KCNA, a general's report "on Saturday" and a spy agency's estimate "In
  February"; Defense News on two U.S. commanders' testimony that North Korean troops are
  learning modern warfare, with a chairman's opening statement and a standing rejection;
  The Times in 2022 on American intelligence that Russia is buying North Korean shells,
  with an official who told The New York Times and an ambassador who told Izvestia; The
  Hankyoreh on the Kim-Putin talks in Beijing, with Kim's pledge carried by KCNA, a Kremlin
  aide and the unification ministry's concern; datelines, leads with the attribution at
  the end, split quotations, relays, unnamed officials and sources, plural bodies, long
  titles before names, relative dates and events dated apart from statements, standing
  denials, page furniture, the outlets' own background and most acts carried by the words
  behind a neutral verb), written after the test37 set and measured at first sight and
  after each batch of the round's rules, its misses never printed (blind); then read in the
  round that wrote ``test46`` .. ``test49`` (its misses printed and worked on).
- ``test39``: a thirty-ninth held-out set in ``bench/extract_test39/`` (ordinary news
  reports: RIA Novosti in translation on Putin's thanks for the Korean troops in Kursk,
  with a chief of the general staff's report "On Saturday", a party commission's statement
  carried by KCNA and a press secretary's quoted phrase; The Los Angeles Times in 2022 on
  U.S. officials' account of Russia buying North Korean shells and rockets, with a
  spokesman who confirmed a newspaper's report, an unnamed official's "could" and a
  dismissal carried by Russian news agencies; The Mainichi on Tokyo's fear of Russian help
  after the longest ICBM flight, with a minister's quotation after "saying,", KCNA's report
  and a spy agency's belief reported by Yonhap; Meduza on Shoigu's tour of a Pyongyang arms
  exhibition, with KCNA's account, a ministry's post on Telegram, a minister's phrase
  reported by RIA Novosti and a standing accusation and denial in one sentence; PBS
  NewsHour running AP copy on the animals Putin sent to Pyongyang's zoo, with two
  governments' standing account and a spy agency "said last week"; the Global Times on the
  Multilateral Sanctions Monitoring Team, with Chinese experts, the eleven countries' joint
  statement, a deputy secretary who "claimed" and a deputy minister who told TASS; Euractiv
  on Rutte's confirmation of North Korean troops in Kursk, with a spokesperson who told the
  outlet itself a step "not excluded" on a condition; Breaking Defense on North Korean
  missiles fired at Ukraine, with the foreign ministers' joint statement, "The White House
  said last week" and an air force spokesman's briefing; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written after the test37 set and measured at first
  sight and after each batch of the round's rules, its misses never printed (blind); then
  read in the round that wrote ``test46`` .. ``test49`` (its misses printed and worked on).
- ``test40``: a fortieth held-out set in ``bench/extract_test40/`` (ordinary news
  reports: The Asahi Shimbun in 2022 on a defence official's denial of arms sales carried
  by KCNA, with a call "the statement said", a spokesman's quoted phrase dated apart and an
  unnamed ministry official's assessment; MBC News in translation on the spy agency's
  account of Russian help with the spy satellite, with an anchor's lead, "according to
  lawmakers" and interview bites under a name-and-title label with no speech verb; Sputnik
  on Putin's remarks in Hanoi after the partnership treaty, with quoted warnings before
  "he added", an adviser's announcement that Yonhap reported and a leader's phrase carried
  by KCNA; The Sydney Morning Herald on the special forces shipped to Russia's Far East,
  with "the agency said, citing", an office's quoted description, a spokesman's dismissal
  and a minister who told ABC Radio National; The National on the Security Council
  meeting on North Korean missiles fired at Ukraine, with envoys' quoted words, a Read more
  block and a spokesman's accusation dated apart; NV on North Korean troops pulled from
  the Kursk front, told to The New York Times, with an intelligence agency's forecast, a
  spy agency's account that Yonhap reported and an analyst who told NV; Reuters on Seoul's
  look at Russian help with a nuclear-powered submarine, with a quoted phrase from KCNA, a
  leader's words ending "KCNA said" and a standing position; Izvestia in translation on
  space cooperation after the Vostochny summit, with a source who told the paper, a
  president's quoted reply, a deputy minister who told the paper and an expert's very long
  title before his name; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written after the test37 set and measured at first sight and after each
  batch of the round's rules, its misses never printed (blind); then read in the round that
  wrote ``test46`` .. ``test49`` (its misses printed and worked on).
- ``test41``: a forty-first held-out set in ``bench/extract_test41/`` (ordinary news
  reports: CGTN on Russia's veto of the UN sanctions panel, with a Chinese envoy's quoted
  phrase and call, a Russian envoy's quoted charges, "The U.S. side claimed", a deputy
  ambassador's quotation, a standing rejection by two states and a ministry's quoted
  regret; SBS on the Joint Chiefs of Staff's estimate of North Korean casualties in Kursk,
  with an anchor's lead "Our military believes", an unnamed official's split quotation,
  dates given as "on the 23rd", a spy agency's figures "Last week", a president's post on
  X and "Experts say"; Vedomosti in translation on the first regular Moscow-Pyongyang
  flights, with a ministry's press service and a company's representative who told the
  paper itself, a minister's quotation carried by RIA Novosti, an ambassador who told TASS
  and the Kremlin's confirmation dated "In April"; Hromadske on a North Korean missile that
  may have struck Kyiv, with a president's hedged lead, an intelligence directorate that
  told the outlet itself, a minister's quoted phrase on X and his call, an investigative
  group's report "last year" and a standing denial; Janes on Moscow's and Pyongyang's
  confirmation of the troops in Kursk, with a general's quoted phrase, a party commission's
  statement and a leader's words carried by KCNA, a president's quoted pledge, officials
  who told the outlet itself and "Janes assesses"; a report in The Economist's style on
  Putin's visit to Pyongyang and the treaty, with "says" after a quotation, analysts and an
  intelligence service that "reckon", an adviser's quoted word and a ministry that "would
  say only"; AP on the Russian foreign intelligence chief's talks in Pyongyang, with a
  statement carried by Interfax, KCNA's report, "U.S. and South Korean officials say", a
  standing dismissal by two states and council diplomats' expectation; NK Pro on a
  nuclear-powered submarine and Seoul's look at Russian help, with KCNA's quoted name for
  the vessel, a colonel's long title after his quotation, a spy agency's suspicion "in
  November", a spokesman's quoted phrase "last year" and a secretary's "on Monday";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background and
  most acts carried by the words behind a neutral verb), written after the test37 set and
  measured at first sight and after each batch of the round's rules, its misses never
  printed (blind); then read in the round that wrote ``test46`` .. ``test49`` (its misses
  printed and worked on).
- ``test42``: a forty-second held-out set in ``bench/extract_test42/`` (ordinary news
  reports: The Dong-A Ilbo on Shoigu's talks with Kim in Pyongyang, with KCNA's quoted
  phrases, a council's statement on Telegram, a quotation carried by TASS, a senior
  official who told the paper itself and a standing rejection by two states; The Hindu
  running Reuters copy on U.S. sanctions on a Slovak broker of North Korean arms for
  Russia, with a department's statement, an under secretary's long title before his name,
  a spokesman's quoted pledge and a denial "Last November" carried by KCNA; DER SPIEGEL
  International in translation on North Korean losses in Kursk, with a commander who spoke
  to the magazine itself, an unnamed senior U.S. military official, an intelligence
  service's hedged assessment seen by the magazine and an ambassador's dismissal; Arab News
  running AFP copy on Choe Son Hui's talks with Lavrov in Moscow, with a quotation
  translated by Russian news agencies, a deputy spokesman's quoted expectation and a
  president's quotation after a colon "Asked last week"; The Insider on a video of North
  Korean soldiers at a training ground in Primorye, with the outlet's own geolocation, a
  standing denial, a spokesman's quoted phrase and a spokesperson's "could not yet confirm";
  ERR News on the Estonian Defense Forces' intelligence chief's account of North Korean
  soldiers in combat, with ministers named with their parties and a minister who told the
  broadcaster itself; Asia Times on Russian help with Shahed-type drones, told to The War
  Zone, with the outlet's own reading "If confirmed", KCNA's report and a leader's phrase
  carried by it; China Daily on the partnership treaty signed in Pyongyang, with a step
  "does not rule out" with no condition, an aide quoted by TASS and a spokesperson's
  position and call; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written after
  the test41 set and measured at first sight, its misses never printed (blind); then read in
  the round that wrote ``test46`` .. ``test49`` (its misses printed and worked on).
- ``test43``: a forty-third held-out set in ``bench/extract_test43/`` (ordinary news
  reports: The Jakarta Post running AFP copy on Putin's talks with Kim in Beijing after
  the parade, with a quoted phrase in the lead, a spokesman's account "according to
  Russian news agencies" and "Peskov added", KCNA's quoted phrase and a spy agency's
  standing figure; Dawn running Reuters copy in 2023 on the White House's account of
  North Korean rockets and missiles for the Wagner Group, with a spokesman's quotation,
  expectation and announcement, a founder's quoted denial and a ministry's denial carried
  by KCNA "last month"; Novaya Gazeta Europe on North Korean sappers in the Kursk region,
  with a governor's Telegram post, residents and a pensioner who told the outlet itself, a
  secretary's announcement "in June" and KCNA's quoted phrase; LRT English on Lithuania's
  annual threat assessment, with the document's own statements, a colonel's split
  quotation, "According to the assessment" with "likely" and an analyst who told LRT
  Radio; El País English in translation on the Pyongyang treaty, with "signed this
  Wednesday", the claim in "according to the Russian president", the paper's reportative
  conditional and a standing accusation and denial in one clause; Caixin Global on the
  Tumen road bridge, with "What's new:" and "The background:", figures "according to the
  Russian government", a premier's phrase carried by KCNA and a spokesperson's quoted
  phrase; The Japan News in translation on the end of the UN sanctions panel, with a lead
  "according to several government sources", "the sources said", an ambassador's quoted
  charge dated "on March 28" and a panel's final report; RBC in translation on the Duma's
  ratification of the treaty, with "an RBC correspondent reports", "According to him,", a
  chairman's Telegram quotation and statements dated "On October 18", "on October 23" and
  "on October 24"; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and sources, plural bodies, long titles before names, relative
  dates and events dated apart from statements, standing denials, page furniture, the
  outlets' own background and most acts carried by the words behind a neutral verb),
  written after the test41 set and measured at first sight, its misses never printed
  (blind); then read in the round that wrote ``test46`` .. ``test49`` (its misses printed
  and worked on).
- ``test44``: a forty-fourth held-out set in ``bench/extract_test44/`` (ordinary news
  reports: the Hindustan Times on the partnership treaty signed in Pyongyang, with a
  leader's quoted phrases, a step "did not rule out" with no condition, a call to review
  sanctions with "which he said" inside it, a standing accusation and a standing denial by
  "The two governments" under "say"; Gulf News running AFP copy on Putin's talks with Kim
  in Beijing, with "Putin went on," inside a sentence, an aide who told Russian news
  agencies, a spy agency's standing estimate and a president's quoted charge; Haaretz
  running AP copy on North Korean shells routed through the Middle East, with a negated
  belief that is an assessment, a defence official's quoted dismissal carried by KCNA,
  Russian officials' standing dismissal and Pyongyang's standing charge; Yle News on EU
  sanctions on North Korean generals, with ministers' parties in brackets, "according to
  the Council of the EU", a quotation told to the outlet itself and a vice minister's
  position carried by KCNA; Notes from Poland on the Polish president's visit to Seoul,
  with a weapons step not excluded on a condition, two presidents' joint statement, a
  spokesman who told TVN24 and the Kremlin's quoted dismissal "last week"; People's Daily
  Online running Xinhua copy on North Korea's ratification of the treaty, with KCNA's
  report, an event dated apart from the Kremlin's statement, a quoted phrase that TASS
  reported and two states that "have claimed"; JAPAN Forward from the Sankei on Japan's
  defence white paper, with a document's statements after "according to", "It notes",
  "the paper says" and "It also points to", an embassy's quoted word and a professor who
  told the outlet itself; Gazeta.Ru in translation on Putin's answer about North Korean
  troops in Kazan, with "a Gazeta.Ru correspondent reports", "According to the Russian
  leader,", a Telegram post and quoted phrases that RIA Novosti and Reuters report;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background and
  most acts carried by the words behind a neutral verb), written after the test41 set and
  measured at first sight, its misses never printed (blind); then read in the round that
  wrote ``test46`` .. ``test49`` (its misses printed and worked on).
- ``test45``: a forty-fifth held-out set in ``bench/extract_test45/`` (ordinary news
  reports: the Bangkok Post running AFP copy on the first North Korean special forces sent
  to Russia, with a spy agency's lead "said Friday", its quoted phrase "adaptation
  training", a presidential office's quoted phrase, a spokesman's quoted dismissal carried
  by Russian news agencies, a standing denial by two states and a researcher who "told
  AFP", so that AFP is the last hop of all it relays; The Irish Times on North Korean
  losses in Kursk, with "according to" a president, "Mr Zelenskiy ... said on Monday" with
  "could yet", a staff's lower estimate, an unnamed official's quotation and a president's
  quotation after "said:" dated "in October"; NZZ English on the Malligyong-1 launch and
  Russian help, with KCNA's quoted phrases, a president's phrase dated "in September", a
  spy agency's belief "according to" a lawmaker and the paper's own judgement; Radio
  Poland on the 2024 treaty, with a minister who "told the PAP news agency", a president's
  "does not rule out" with no condition, a spokesman who told the publisher itself and a
  secretary general's concern a day before the signing; i24NEWS on Russian air defence
  for Pyongyang, with an adviser who "told the public broadcaster KBS", a hedged "We
  assess", an intelligence agency "on Friday" and an unnamed Israeli official; the Taipei
  Times on the National Security Bureau's report, with Chinese characters after names,
  "said yesterday", "he said, adding that" and a spokesman's "not aware" "last week";
  Focus Taiwan on the Vostochny summit, with "Taipei, Sept. 14 (CNA)", KCNA's quoted
  phrase, a president's phrase to Russian state television, a standing warning by
  Washington and a ministry's call carried by Yonhap; Rossiyskaya Gazeta on Pyongyang's
  denial of "arms dealings", with a long title and KCNA's relay, a coordinator's quoted
  phrase "On November 2", a spokesman's "insinuations" "last week" and an ambassador who
  told Izvestia; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written after
  the test41 set and measured at first sight, its misses never printed (blind); then read in
  the round that wrote ``test46`` .. ``test49`` (its misses printed and worked on).
- ``test46``: a forty-sixth held-out set in ``bench/extract_test46/`` (ordinary news
  reports: NDTV running PTI copy on North Korea's first confirmation of its troops in
  Kursk, with a commission's quoted word carried by KCNA, "KCNA quoted Kim as saying", a
  president's quotation in a statement published by the Kremlin, a chief of staff's
  praise "had on Saturday" and a ministry's quoted charge and call in one sentence, so
  that PTI is the last hop of all it relays; Bernama on Lavrov's visit to Pyongyang, with
  "SEOUL, Oct 19 (Bernama) --", a quotation dated by an arrival "on Wednesday" and told
  to reporters "according to Russia's TASS news agency", a minister's "fully supports"
  reported by KCNA, the White House's charge "Last week" and a spokesman's quoted call;
  The Times of Israel running AFP copy on North Korean ballistic missiles fired at
  Ukraine, with launches dated apart from the statement, a quotation split around "he
  said", off-topic background on Iranian drones and a university president who "told
  AFP"; Lenta.ru in English on North Korean sappers and builders for Kursk, with an
  attribution in its own sentence "This was announced ... on Tuesday, June 17",
  "According to him,", "As the Security Council secretary specified,", a governor's
  Telegram quotation, an announcement "In April" and a spy agency's forecast that Yonhap
  reported citing it; YTN on the spy agency's briefing on losses and prisoners, with
  "[Anchor]" and "[Reporter]", "told lawmakers today", a capture dated "on the 9th", a
  lawmaker's soundbite without quotation marks, a captured soldier's account "the NIS
  said" and a president's offer "yesterday"; Defense One on the lessons North Korean
  troops learn in Ukraine, with "In his written testimony", a quotation before "said Adm.
  Samuel Paparo", an official who "told Reuters in February", two countries' officials
  who "have also said" and a researcher who told the outlet itself; Kathimerini English
  running Reuters copy on Russia's veto of the UN panel, with an ambassador's quoted word
  and a long quoted passage, a quoted simile after "likened the veto to", the panel's
  report "published earlier this month", two states that "have accused" and two that
  "have denied"; Military Times on Russia's purchase of North Korean shells, with "U.S.
  officials said Tuesday", "Ryder told reporters, adding that", an intelligence
  assessment The New York Times "first reported", a ministry's statement Yonhap
  reported and Moscow's standing dismissal; datelines, leads with the attribution at the
  end, split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written after the test45 set and measured at first sight, its misses
  never printed (blind); then read in the round that wrote ``test54`` .. ``test57`` (its
  misses printed and worked on).
- ``test47``: a forty-seventh held-out set in ``bench/extract_test47/`` (ordinary news
  reports: SpaceNews on the Vostochny summit, with a lead "suggested Sept. 13", a reply
  after "Asked by reporters", a spokesman's "sensitive areas", an administration's plan it
  "said that day" after a failure dated "on Aug. 24", officials' standing denial and a
  director's quotation split around "told SpaceNews"; The Sankei Shimbun in English on
  Tokyo's concern over North Korean troops, with "The top government spokesman added", a
  secretary of state's figure and quoted phrase, an ambassador who "did not confirm ... but
  said" and an unnamed defence official who told the paper itself; RBC-Ukraine on the two
  soldiers captured in Kursk, with a lead whose attribution is the next sentence ("This
  was stated by ..."), "According to him,", a prisoner's account that the SBU reported and
  a confirmation that Yonhap reported; Viet Nam News running VNA copy on the Pyongyang
  treaty, with a leader's very long titles, a president's account carried by Sputnik, "For
  his part,", a talks account "According to the TASS news agency" and an aide's and a
  spokesperson's positions on the two days before the visit; TRT World on the veto of the
  UN sanctions panel, with an ambassador's long quoted phrase, "He accused ... of trying
  to", a quotation before the title and "told the council", a call after "urged" and the
  panel's report "released earlier this month"; The Jerusalem Post on North Korean
  missiles fired at Ukraine, with "the White House said on Thursday", a strike dated apart
  from the statement with "he said, adding that", a standing denial in the present tense
  and Israeli officials' standing warning; JTBC on Shoigu's announcement of North Korean
  deminers and builders for Kursk, with a quotation carried by TASS, a quoted phrase that
  RIA Novosti reported, two states' acknowledgement "in April" and a senior official who
  "told JTBC"; Defense Express on Koksan guns and 240mm launchers, with "said on
  Wednesday, November 20, Yonhap reported", "According to the NIS," with "appear to", the
  outlet's own judgements and a quoted standing denial beside a standing position;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background and
  most acts carried by the words behind a neutral verb), written after the test45 set and
  measured at first sight, its misses never printed (blind); then read in the round that
  wrote ``test54`` .. ``test57`` (its misses printed and worked on).
- ``test48``: a forty-eighth held-out set in ``bench/extract_test48/`` (ordinary news
  reports: Daily Sabah running AFP copy on NATO's confirmation of North Korean troops in
  Kursk, with a quoted phrase after "Rutte said", "Rutte added, without giving details",
  a spokesman's position carried by Russian news agencies and a vice minister's
  conditional quoted phrase carried by KCNA, so that AFP is the last hop of all it
  relays; Antara on Lavrov's talks in Pyongyang, with a quotation "as quoted by Sputnik",
  "He proposed", a standing accusation by Washington "last week", a standing denial by
  two states and an expert's long title before his name who "told ANTARA"; Rappler
  running Reuters copy on Russia's veto of the UN sanctions panel, with a standing
  accusation inside the lead, ambassadors' quoted word, quotation and simile, the experts'
  report "made public earlier this month" and an ambassador who "urged"; The Bell on
  North Korean sappers and builders for Kursk, with a quotation TASS reported, a leader's
  quoted pledge dated "on June 4" carried by KCNA, border service statistics after
  "According to", an unnamed expert who told the outlet itself and "Why you should care";
  Ynetnews running AP copy on Kim's tour of Russian bombers, with a ministry's account, a
  president's quoted word at a summit, a leader's quoted pledge carried by KCNA, a
  standing warning by "U.S. officials", a ministry that "called on" and an unnamed senior
  official's belief; Business Insider on the first clashes with North Korean troops, with
  a lead with no date, a minister who told KBS in an interview "aired on Monday", "He
  called on" with a quoted word and an official's and a spy agency's accounts "last
  week"; USA Today on Zelenskyy's offer to swap two captured soldiers, with a lead with
  "says", a quotation written on X, an event dated apart from the service's statement, a
  prisoner's account "according to the SBU" and a spy agency's figures "according to" a
  lawmaker; TIME on North Korea's first admission of the deployment, with a statement
  carried by KCNA, "Kim was quoted as saying", a general who "claimed", a staff that
  "denied that the same day", the magazine's own judgement and quotations before "tells
  TIME" and "says"; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and experts, plural bodies, long titles before names, relative
  dates and events dated apart from statements, standing denials, page furniture, the
  outlets' own background and most acts carried by the words behind a neutral verb),
  written after the test45 set and measured at first sight, its misses never printed
  (blind); then read in the round that wrote ``test54`` .. ``test57`` (its misses printed
  and worked on).
- ``test49``: a forty-ninth held-out set in ``bench/extract_test49/`` (ordinary news
  reports: the Philippine Daily Inquirer running AFP copy on Russia's veto of the UN
  sanctions panel, with Washington's charge at the end of the lead, the panel's report
  "made public earlier this month", an ambassador's quoted phrase and quotation, a quoted
  likeness, a standing accusation and a standing denial by two states each and a former
  coordinator who "told AFP"; Malay Mail running Reuters copy on the White House's account
  of North Korean ballistic missiles fired at Ukraine, with "said yesterday", launches
  dated apart from the briefing, a count "In October" and an unnamed ministry official who
  "told Reuters"; Montsame on the 2024 partnership treaty, with long titles before the
  leaders' names, a president's account "as reported by TASS", a leader's quoted phrases
  that KCNA reported, an aide "Earlier this week", a government's concern that Yonhap
  reported and a ministry source who told the agency itself; The Indian Express on the
  Vostochny summit, with a leader's pledge aired by Russian state television, an answer
  after "replied:", a spokesman's account according to Interfax and his quoted phrase
  "earlier this week", the White House "last month" and an analyst who told the paper
  itself; WION on the Pentagon's count of North Korean troops and NATO's confirmation in
  one lead, with a hedged quotation, lawmakers briefed by a spy agency "last week" and a
  vice minister "on Friday" according to KCNA; Verstka in translation on the sappers and
  military builders Shoigu announced, with a quotation that RIA Novosti reported, a
  leader's quoted phrase dated "on June 4", a governor's Telegram post, the outlet's own
  earlier finding and a source who told the outlet itself; Kazinform on Lavrov's talks in
  Wonsan, with "Kazinform News Agency cites KCNA", "TASS reports" and "he added", a
  counterpart's quoted description and a standing accusation by two states after "have
  repeatedly condemned"; Militarnyi on two North Korean soldiers captured in Kursk, with a
  president's posts on X, a security service's account and a prisoner's account "According
  to the SBU", a spy agency's confirmation that Yonhap reported and a report "On Dec. 26";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background and
  most acts carried by the words behind a neutral verb), written after the test45 set and
  measured at first sight, its misses never printed (blind); then read in the round that
  wrote ``test54`` .. ``test57`` (its misses printed and worked on).
- ``test50``: a fiftieth held-out set in ``bench/extract_test50/`` (ordinary news reports:
  The Globe and Mail on NATO's confirmation of North Korean troops in Kursk, with courtesy
  titles ("Mr. Rutte", "Ms. Joly"), a quotation split around "told reporters", a
  minister's quoted phrase in a statement, lawmakers briefed by a spy agency "last week",
  the Kremlin's first quoted dismissal, a president's quoted phrase "On Thursday", a
  standing charge "according to South Korean officials" and a fellow who told the paper
  itself; ITV News on the Pyongyang treaty, with leaders' quoted phrases, a "does not
  exclude" with no condition, Western governments "which accuse" and "accusations both
  countries deny", a spokesperson's two-sentence quotation after "said:" and an expert who
  "told ITV News:"; RTÉ News on the Malligyong-1 launch, with a launch KCNA dates apart
  from its statement, a minister's suspicion of Russian help "on Sunday", a president's
  pledge at a summit "in September", a standing denial by Moscow alone and the Tánaiste's
  quoted phrase after "which he said was"; Middle East Eye on North Korean missiles fired
  at Ukraine and Iranian ones sought, with a lead ending "the White House has said",
  "According to Kirby," with launches dated apart, off-topic background on Iranian drones,
  a spokesman's quoted phrase "last month" and a president's phrase "in September" after a
  standing denial by two states; Hürriyet Daily News on Shoigu's visit to Pyongyang, with
  "state media reported on July 27", talks dated apart from KCNA's statement, a quotation
  with a long apposition "cited by TASS", "KCNA quoted Kim as saying" and a standing
  accusation and denial in one sentence; the Tehran Times on the treaty's entry into
  force, with its "TEHRAN" dateline, "According to the statement,", a spokesperson's
  phrase KCNA quoted, the paper's own note that Moscow "has neither confirmed nor denied",
  a spokesman's phrase at "his weekly press conference on Monday" and "He added"; The Star
  running Reuters copy on the Tumen road bridge, with a forecast "according to the Russian
  government", a premier's phrase TASS reported, state media's confirmation "On Monday"
  and a president's quoted phrase that day and a ministry's the day after; GMA News Online
  running AFP copy on the sanctions monitoring team's first report, with "said in its
  first report", "according to the report", a ministry's quoted call, Moscow's standing
  dismissal, a confirmation "in April" beside a silence and a minister who "wrote on X";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background and
  most acts carried by the words behind a neutral verb), written at the round's end, after
  the last change to the rules, and measured once on the round's final code, its misses
  never printed (blind); then read in the round that wrote ``test54`` .. ``test57`` (its
  misses printed and worked on).
- ``test51``: a fifty-first held-out set in ``bench/extract_test51/`` (ordinary news
  reports: the Manila Bulletin on the Malligyong-1 launch and the space agency's warning
  of debris east of Luzon, with a hedged lead "said on Wednesday, Nov. 22", an advisory's
  quotation, a call after "urged", a director and an analyst who told the paper itself,
  KCNA's quoted phrases, a president's pledge "at the September summit" and a minister who
  told KBS "on Sunday"; Nippon.com running Jiji Press copy on the Japanese and South Korean
  foreign ministers' talks in Seoul, with two ministers' concern "Monday" in one lead, a
  suspicion and a quotation at a joint press conference, a counterpart's quoted phrase, a
  spy agency that "told lawmakers Monday", an unnamed senior official and Pyongyang's
  standing charge, so that Jiji is the last hop of all it relays; Fontanka in English
  rendering on the first direct flight from Moscow to Pyongyang, with a ministry's report,
  "According to the ministry," and its Telegram quotation, a press service that told the
  outlet itself, an embassy's quoted phrase, a minister's intention "Earlier this month"
  and his quotation "was quoted by RIA Novosti as saying" and two states' confirmation "In
  April"; LIGA.net on the North Korean missile that hit Kharkiv, with a long title set off
  by commas before "said on Saturday, January 6", "According to him,", "He added that", the
  White House "On January 4" with strikes dated apart, a quoted phrase and a call in one
  sentence written on Facebook, a ministry's quoted phrase that Yonhap reported and a
  standing denial by two states; Babel.ua on the Pentagon's confirmation of North Korean
  losses in Kursk, with the speaker given in the next sentence ("This was stated by ... on
  December 16"), a president's quoted phrase "On December 14" and his evening address, an
  intelligence agency "On December 15" and the outlet's note that the Kremlin has not
  confirmed; Espreso TV on Belousov's visit to Pyongyang, with "He said this during a
  meeting ... on November 29, ... KCNA reported", "According to KCNA," with a quoted charge,
  a quotation "as quoted by RIA Novosti", a spokesman's quoted charge "on Saturday", an
  adviser "last week", two countries' intelligence after "According to" and an expert who
  told the channel itself; Channel 4 News on a captured North Korean soldier who wants to go
  to South Korea, with his wish and his account relayed by the Chosun Ilbo, a ministry's
  position "on Wednesday", an unnamed official's quotation, a president's offer "Last
  month" and a standing warning by human rights groups; KBS World on the launch of the
  Multilateral Sanctions Monitoring Team, with eleven countries' joint statement "released
  on Wednesday" and its quoted regret, a vice minister's account with a quoted call after
  "stressing that", a conditional quotation after "said:", the panel's final report
  "released in March" and the standing positions of Moscow and Pyongyang; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and plural
  bodies, long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, after the last change to
  the rules, and measured once on the round's final code, its misses never printed (blind);
  then read in the round that wrote ``test54`` .. ``test57`` (its misses printed and worked
  on).
- ``test52``: a fifty-second held-out set in ``bench/extract_test52/`` (ordinary news
  reports: The Australian on Canberra's condemnation of the North Korean deployment, with
  curly quotation marks, courtesy titles ("Senator Wong", "Mr Austin"), a minister's quoted
  phrase after "has condemned ... as", a spy agency that "told a parliamentary committee",
  a spokesman's quoted dismissal "last week", a standing denial "has long denied" and an
  opposition spokesman who "urged"; Stuff on the first report of the sanctions monitoring
  team, with a lead ending "says", "the team said" after a quotation, a minister's quoted
  phrase after "because", "He called on", a minister who "confirmed", Moscow's standing
  dismissal and a lecturer who told the outlet itself; TODAY on Shoigu's visit to
  Pyongyang, with "on Thursday (July 27)", a quotation "as cited by TASS", "KCNA quoted
  Shoigu as saying", a charge dated "in December" with a quoted rejection and a research
  fellow who told the outlet itself with "He added that"; Khaleej Times running AFP copy on
  the Tumen road bridge, with Moscow's expectation inside a narrating lead, "Mishustin
  said, adding that", a premier's quoted description carried by KCNA, a confirmation dated
  "two days after" the ceremony and a ministry's concern "adding that", so that AFP is the
  last hop of all it relays; The Daily Star on Kim Yo Jong's denial, with a quoted phrase
  dated "today", "In a statement carried by KCNA", a standing accusation and a standing
  denial, a minister's figures "In February", monitors' finding "In a report seen by
  Reuters last month" and an unnamed official who "told Yonhap news agency"; ThePrint on
  North Korean losses in Kursk, with "told lawmakers Thursday", "According to Lee, the NIS
  also believes", an unnamed official's quoted phrases "On Monday", a president's quoted
  phrase and "warned that", the Kremlin's standing position, the outlet's own note that
  India has not commented and a fellow who told the outlet itself; Deccan Herald running
  PTI copy on the Malligyong-1 launch, with a finding "according to lawmaker Yoo
  Sang-bum", "KCNA quoted ... as saying", a ministry's announcement and quoted warning
  that KCNA reported and a promise dated "in September", so that PTI is the last hop of
  all it relays; The Kyunghyang Shinmun in English on the summoning of Russia's
  ambassador, with dates written "on the 21st" and "on the 20th", a vice minister's quoted
  phrase "according to the ministry", an ambassador's denial that his embassy reported, a
  president's quoted warnings before "he added", the paper's own judgement on the treaty,
  an unnamed official's quoted hedge and an opposition party's quoted warning; datelines,
  leads with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most acts
  carried by the words behind a neutral verb), written at the round's end, after the last
  change to the rules, and measured once on the round's final code, its misses never
  printed (blind); then read in the round that wrote ``test54`` .. ``test57`` (its misses
  printed and worked on).
- ``test53``: a fifty-third held-out set in ``bench/extract_test53/`` (ordinary news
  reports: the Daily Mail on the first North Korean losses in Kursk, with bullet lines,
  a lead ending "South Korean lawmakers said today", a lawmaker's quoted phrase and his
  quotation split around "Lee said", "He added that" with "appeared to be", a
  president's quoted charge "on Monday", an unnamed US official's quoted figure "on
  Tuesday", the paper's own note that the Kremlin has neither confirmed nor denied and a
  specialist who told MailOnline; the Evening Standard on Austin's "evidence" of North
  Korean troops, with a lead ending "said on Wednesday" and the paper's reading after it,
  a quoted warning on a condition, a spy agency "on Wednesday", a prime minister's
  official spokesman's quotation and quoted pledge and a fellow who told the Standard;
  The Spectator's Coffee House on Shoigu in Pyongyang, with the author's own account,
  judgements, guess and call, KCNA's and a ministry's quoted phrases, a charge "in
  December" with the North's denial in the same sentence, a former diplomat who "told me
  this week" and Moscow's standing position under "insists"; the F.A.Z. English edition
  on the Pyongyang pact, with a treaty's quoted clause KCNA "reported on Thursday", "the
  Kremlin leader" for a president, an aide's position that Interfax reported, a
  spokesman's quoted concern "on Wednesday" and his charge before "he said", a standing
  denial by two states in the present tense and an expert who told the F.A.Z.; Maeil
  Business News Korea on the Tumen River road bridge, with "a project Moscow said
  would", officials' expectation that Yonhap reported, a premier's quoted phrase KCNA
  said, an acknowledgement dated "on Monday" apart from the ceremony, a ministry "on
  Thursday" and a fellow who told the paper itself; Korea Bizwire on the first Russian
  group tour, with a caption credit "(Yonhap)" that is no relay, a lead ending "according
  to the Vladivostok travel agency that arranged it", an event dated "on Friday" apart
  from the agency's account, a governor's Telegram post, "It added, however," and
  experts' standing judgement; The Defense Post on Seoul's count of munitions containers,
  with a lead ending "South Korea's defense chief has said", "told reporters on Monday",
  Washington's charge "in January", a prosecutor who "told Reuters last week" and his
  quotation "he told the news agency"; Naval News on the Choe Hyon destroyer, with a
  launch dated apart from KCNA's report "on Saturday", a pledge "according to the
  agency", the outlet's own analysis of the images, a staff that "could not rule out"
  Russian help and an admiral's warning "earlier this month"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, after the last change to
  the rules, and measured once on the round's final code, its misses never printed
  (blind); then read in the round that wrote ``test54`` .. ``test57`` (its misses printed
  and worked on).
- ``test54``: a fifty-fourth held-out set in ``bench/extract_test54/`` (ordinary news
  reports: The Korea Herald on North Korean troops entering combat in Kursk, with a lead
  ending "South Korea's spy agency told lawmakers Wednesday", an account "according to
  Rep." a lawmaker and his quotation before "Lee told reporters", a belief before "Rep.
  Park Sun-won ... said", KCNA's report "Tuesday" of a ratification, a presidential
  office's quoted phrase under "has said", a president and the Pentagon "last week" and
  an analyst's quotation split around "said"; The War Zone on North Korean missiles
  fired at Ukraine, with a lead ending "the White House said today", strikes dated apart
  "on Dec. 30" and "on Jan. 2" in an undated account, "Kirby added that", "Kirby said,
  citing U.S. intelligence", "He also said", an air force spokesman "on Thursday", the
  Kremlin's standing denial and an associate who told the outlet itself; Japan Today
  running Kyodo copy on the Malligyong-1 launch, with "the government saying on
  Wednesday", a prime minister's quotation before his title, KCNA's quoted phrase
  "reported Wednesday", a date ahead that is no date of saying, an unnamed senior
  official's "could not be ruled out" and an unnamed official that Yonhap reported, so
  that Kyodo is the last hop of all it relays; The Astana Times on Kazakhstan's position
  after the Pyongyang treaty, with a lead ending "said at a weekly briefing on June 24",
  "He called on", off-topic background on disarmament, a president "Speaking to
  reporters in Hanoi on June 20" and his quoted warning "according to TASS", a quoted
  call "On June 21" that "Kazinform reported, citing Yonhap" and a fellow who told the
  paper itself; Israel Hayom on Blinken's count of North Korean troops in Kursk, with
  two claims in one lead, a minister's "high possibility", an ambassador's quoted phrase
  "on Wednesday", off-topic background on Iranian drones, a charge "In September",
  officials' belief that "Israel Hayom has learned" and a researcher who told the paper
  itself and her call; Firstpost on Russia's veto of the UN sanctions panel, with "a
  move the United States said was", a two-sentence quotation "told the council after the
  vote", a quoted likeness, a quoted pledge "on Friday", a report "made public on March
  20", a standing denial by two states and a fellow who told the outlet itself; the
  Irish Independent running Reuters copy on the Pyongyang pact, with a caption credited
  "via AP" that is no relay, "He called the pact", "He pledged", "Mr Putin accused", a
  quoted concern "today" and a standing accusation with "which Moscow and Pyongyang
  deny", so that Reuters is the last hop of all it relays; Nezavisimaya Gazeta in
  translation on Lavrov's talks in Pyongyang, with a quotation "as quoted by RIA
  Novosti", a quoted pledge "According to the Korean Central News Agency (KCNA)",
  "Lavrov confirmed", a charge "On October 13", a denial "At a briefing on Wednesday", a
  call that "Yonhap news agency reported on Thursday" and a researcher who "told NG";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written at the start of a
  round, before any change to the rules of that round, measured at first sight on the
  starting code and then on the round's final code (and once after most of its rules),
  its misses never printed (blind); then read in the round that wrote ``test62`` ..
  ``test69`` (its misses printed and worked on).
- ``test55``: a fifty-fifth held-out set in ``bench/extract_test55/`` (ordinary news
  reports: News1 Korea on the deminers and military builders Pyongyang is to send to
  Kursk, with "(Seoul=News1) Kim Ye-won Reporter =" before a lead ending with a long
  title, a caption credit that is no relay, a quotation "according to the TASS news
  agency", KCNA's quoted phrase "reported Wednesday", a leader's quoted pledge
  "According to the agency,", a spokesperson's quotation at a regular briefing, an
  unnamed JCS official who told the outlet itself and an acknowledgement and an estimate
  dated "in April"; Task & Purpose on the two North Korean soldiers captured in Kursk,
  with a lead ending "said Saturday", a quotation "wrote on X", a quoted phrase with a
  charge after "because", a soldier's account "According to the SBU", a confirmation
  "Sunday" with "adding that", Pentagon officials "last month" and a quoted offer after
  a colon; The Manila Times on Yoon's state visit to Manila, with a president's
  quotation and quoted pledge, a quoted phrase and a pledge in one sentence, two
  leaders' quoted condemnation in a joint statement, a spy agency's standing charge
  under "has said", a plan "according to his office" with its event dated apart and an
  analyst who told the paper itself; VnExpress International on Putin's arrival in Hanoi
  after the Pyongyang treaty, with a president's quoted phrase "after the talks on
  Wednesday", a treaty clause quoted from the text KCNA published "on Thursday", a "does
  not exclude" with no condition, an aide's quoted phrase that TASS carried,
  Washington's standing charge and a spokeswoman's quoted phrase after "Asked about the
  treaty"; Asharq Al-Awsat on Russia's veto of the UN panel of experts, with Western
  countries' standing charge inside a narrating lead, ambassadors' quoted words before
  and after "said" and "told reporters after the vote", a proposal before "he said", a
  panel's finding "In its latest report, made public earlier this month" and a standing
  denial by two states; Business Standard running Reuters copy on Lavrov in Pyongyang,
  with a lead ending "said on Thursday that" with the claim after it, a quotation from
  footage "aired by Russian state television", a counterpart's quoted phrase that RIA
  reported, the Kremlin's acceptance "at the time" of a summit "last month",
  Washington's charge "last week", Moscow's standing denial and a ministry's quoted
  call, so that Reuters is the last hop of all it relays; RFI English on Kim's tour of
  Vladivostok with Shoigu, with a ministry's statement "on Saturday", KCNA's quoted
  phrase "reported on Sunday" and a leader's account "the agency said", a president's
  quoted phrase to state television, a spokesman's denial "on Friday", a quoted phrase
  opening a sentence that ends "said on Thursday" and a specialist who told RFI;
  European Pravda on the first clashes with North Korean troops, with a lead whose
  interview and date are given in the next sentence, "Details: According to Umerov,", a
  "Quote:" paragraph with no verb, an evening address "on 5 November", "He again urged",
  the outlet's own note that neither side has confirmed, "Background: On 31 October" and
  a confirmation "on 28 October" that the outlet itself reported; datelines, leads with
  the attribution at the end, split quotations, relays, unnamed officials and plural
  bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most
  acts carried by the words behind a neutral verb), written at the start of a round,
  before any change to the rules of that round, measured at first sight on the starting
  code and then on the round's final code (and once after most of its rules), its misses
  never printed (blind); then read in the round that wrote ``test62`` .. ``test69`` (its
  misses printed and worked on).
- ``test56``: a fifty-sixth held-out set in ``bench/extract_test56/`` (ordinary news
  reports: Newsis English on North Korea's first confirmation of its troops in Kursk,
  with a lead ending "the ruling Workers' Party's Central Military Commission said in a
  written statement carried by the Korean Central News Agency (KCNA) on Monday",
  "according to the statement", "KCNA quoted Kim as saying" and "He added that", a
  general's account "on Saturday" two days before the announcement, a president's quoted
  phrase that TASS reported, a ministry's quoted charge "in a statement Monday
  afternoon", an unnamed JCS official who told Newsis itself, a vice minister's quoted
  phrase "In October last year" and a spy agency's estimate "In January"; Air & Space
  Forces Magazine on the Malligyong-1 launch, with a hedged lead ending "U.S. and South
  Korean officials said", a launch dated "Nov. 21" that KCNA "said early Nov. 22", a
  command's tracking beside what it "did not say", a spokesperson's quoted warning, a
  staff "said Nov. 22", an unnamed defense official who told the magazine itself and a
  president's pledge "At their Sept. 13 summit" told to Russian state television; Khmer
  Times running Xinhua copy on the Pyongyang treaty, with "PYONGYANG, June 20 (Xinhua)
  --", a leader's quoted phrases "according to KCNA" and "the report said", a
  president's account "At a press conference after Wednesday's talks" that TASS reported
  and his quotation "was quoted by TASS as saying", agreements "according to the
  Kremlin", his newspaper article "on Tuesday" and an adviser's reconsideration that
  Yonhap reported, so that Xinhua is the last hop of all it relays; Trend on Lavrov's
  talks in Pyongyang, with "BAKU, Azerbaijan, October 19.", a lead ending "Trend reports
  citing TASS", "According to the minister,", "also confirmed", a counterpart's quoted
  pledge that RIA Novosti reported, the White House's charge "Last week" and Moscow's
  standing dismissal; Press TV on Russia's veto of the UN panel, with a caption credit
  "(File photo by AFP)" that is no relay, an ambassador's quoted word "on Thursday
  before the vote", his quotation before "he said", an ambassador who "claimed" and her
  quoted charge, the broadcaster's own background and a standing charge beside a
  standing denial by two states; Geo News running Reuters copy on two captured North
  Korean soldiers, with "KYIV:", a lead ending "said on Sunday", a quotation he "wrote
  on X", his announcement "on Saturday", "according to the SBU", a prisoner's belief
  that "the SBU said" and a spy agency's confirmation "on Sunday", so that Reuters is
  the last hop of all it relays; the Washington Examiner on Russia's purchase of North
  Korean shells, with a lead ending "U.S. officials said Tuesday", a quotation before a
  long title and "told reporters", a quoted phrase split by "he said", what a secretary
  "declined to say", a spokesman's quoted dismissal that Russian state media reported,
  off-topic background on Iranian drones, a congressman's quoted phrase and his call
  after "urged" and an analyst who told the outlet itself; Delfi in English on
  Lithuania's reaction to the troops in Kursk, with a lead ending "Lithuanian Foreign
  Minister Gabrielius Landsbergis said on Tuesday", his quotation split around "told
  journalists in Vilnius", "He called on", a secretary general's confirmation "on
  Monday", a spy agency "Earlier this month", a president's quoted phrase "last week"
  beside what he "did not deny", intelligence services' assessment "published in March"
  and a political scientist who told Delfi itself; datelines, leads with the attribution
  at the end, split quotations, relays, unnamed officials and plural bodies, long titles
  before names, relative dates and events dated apart from statements, standing denials,
  page furniture, the outlets' own background and most acts carried by the words behind
  a neutral verb), written at the start of a round, before any change to the rules of
  that round, measured at first sight on the starting code and then on the round's final
  code (and once after most of its rules), its misses never printed (blind); then read
  in the round that wrote ``test62`` .. ``test69`` (its misses printed and worked on).
- ``test57``: a fifty-seventh held-out set in ``bench/extract_test57/`` (ordinary news
  reports: The Korea Economic Daily in its Global edition on Seoul's review of arms for
  Ukraine after the Pyongyang pact, with a lead ending "a senior presidential official
  said on Thursday" and the official named in the next sentence, a quoted phrase before
  "Chang said", a leader's quoted phrase "according to the Korean Central News Agency
  (KCNA)", a president's quoted warning in Hanoi, the Kremlin's standing position and an
  unnamed official who told the paper itself; Space.com on the Malligyong-1 launch, with
  a lead under "says", a launch dated apart from KCNA's report, a minister's suspicion
  in an interview with KBS "on Sunday (Nov. 19)", a president's reply after a sentence
  that sets the question "in September" and an analyst who told the outlet itself; The
  Philippine Star running AFP copy on North Korean troops in Kursk, with a quotation
  split around "told a joint press conference", a minister's expectation, a president's
  quoted phrase "last week", a minister's quoted pledge "according to Russian news
  agencies" and a president's quoted call in his nightly address, so that AFP is the
  last hop of all it relays; Civil.ge on an EU declaration that Georgia did not join,
  with a declaration's quoted word "on November 12" under "says the bloc", "It calls
  on", a ministry that told the outlet itself, a party secretary "on Wednesday",
  opposition parties' joint statement, a spokesperson who "wrote on X" and a ministry's
  standing position; Ahram Online running Reuters copy on Russia's veto of the UN
  sanctions panel, with a standing accusation and a standing denial by two states,
  Russia's position under "has argued", a panel's finding "made public earlier this
  month" and three ambassadors' quoted words, so that Reuters is the last hop of all it
  relays; The Express Tribune on the Vostochny summit, with a quoted pledge "on
  Wednesday" in the lead, a quotation "according to Russian state media", a spokesman's
  account that "the RIA news agency reported", KCNA's quoted phrase "on Thursday", an
  adviser's quoted warning "last week" and an unnamed official who "told Reuters"; the
  New York Post on North Korean builders and deminers for Kursk, with a lead ending "a
  top Kremlin official said Tuesday", a quotation "according to the Russian state news
  agency TASS", a general's declaration "on April 26" with "a claim Kyiv disputes", an
  acknowledgement "Two days later, on April 28" and a spokesperson who "told The Post";
  ZN.UA on the accuracy of North Korean missiles, with a lead ending "Reuters reported
  on Thursday, citing a source in" an intelligence directorate, "the source told the
  agency", "According to the source,", a spy agency's quoted phrase "in November", "He
  called on" and a "Recall that" paragraph with an attack dated apart; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most
  acts carried by the words behind a neutral verb), written at the start of a round,
  before any change to the rules of that round, measured at first sight on the starting
  code and then on the round's final code (and once after most of its rules), its misses
  never printed (blind); then read in the round that wrote ``test62`` .. ``test69`` (its
  misses printed and worked on).
- ``test58``: a fifty-eighth held-out set in ``bench/extract_test58/`` (ordinary news
  reports: the Daily Express on North Korean ballistic missiles fired at Ukraine, with a
  standfirst in capitals, a lead ending "the White House said on Thursday", a launch
  dated "on December 30" apart from the spokesman's statement, a further launch "on
  Tuesday" before "he added", a quotation split around "he said", Ukrainian officials
  who "said earlier this week", a DON'T MISS block and a spokesman who told
  Express.co.uk itself; The Scotsman on Lavrov's visit to Pyongyang, with a quoted
  phrase in an undated lead, a quoted phrase "according to Russian state media", a
  counterpart's quoted pledge "on Wednesday evening" that KCNA reported, a White House
  account "last Friday", a government's standing warning under "has said" and a lecturer
  who told the paper itself; the Irish Examiner running AP copy on the Pyongyang treaty,
  with a standing accusation by "The US and its allies", a spokesman's concern "on
  Tuesday", a cabinet secretary's quoted concern and an analyst who "told The Associated
  Press", so that AP is the last hop of all it relays; Swissinfo running AFP copy on
  Russia's veto of the UN sanctions panel, with Washington's charge after "a move
  Washington said" in the lead, a quotation in two sentences before a long title, an
  ambassador who "likened" the veto to a quoted phrase, the experts' findings "In a
  report released this month" and a standing denial under "reject", so that AFP is the
  last hop of all it relays; The Brussels Times on NATO's confirmation of North Korean
  troops in Kursk, with curly quotation marks, "According to Rutte,", a minister's
  quotation before "wrote on X on Monday", a mission's quoted dismissal "last week" and
  the paper's own note of no confirmation; the Helsinki Times on the Vostochny summit,
  with a lead under "says" and "has warned", a quotation "told Yle on Thursday", KCNA's
  quoted phrase, a leader's pledge "According to KCNA" and a minister's warning "on
  Wednesday"; LSM on Latvia's answer to the deployment, with a lead ending "told Latvian
  Radio on Thursday, October 24" (the publisher itself), a president's quoted phrase on
  X, a spy agency "last week" and a military intelligence agency "on Wednesday", a
  spokeswoman's standing dismissal and off-topic background on aid; Censor.net on North
  Korea's first admission of its troops in Kursk, with a party body's statement
  "published by the state news agency KCNA on Monday, Censor.NET reports", "KCNA quoted
  Kim as saying:", "He also said", a general's claim "Two days earlier, on April 26", a
  rejection "on Saturday", a ministry's quoted phrase that "Yonhap reported" and an "As
  a reminder" paragraph; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written at the round's end, after the last change to the rules, and
  measured once on the round's final code, its misses never printed (blind); then read
  in the round that wrote ``test62`` .. ``test69`` (its misses printed and worked on).
- ``test59``: a fifty-ninth held-out set in ``bench/extract_test59/`` (ordinary news
  reports: The Washington Times on North Korean ballistic missiles fired at Ukraine,
  with a lead ending "the White House said Thursday" and a quoted phrase after "calling
  the transfer", launches dated "on Dec. 30" and "on Tuesday" apart from the spokesman's
  account, quotations before "Mr. Kirby said", an accusation "in September 2022", a
  standing denial by both states, a congressman's quotation before his long title and an
  analyst who told the paper itself; Military.com on North Korean casualties in Kursk,
  with a lead ending "a senior U.S. military official told reporters Monday", "According
  to the official,", a press secretary's quoted phrase "last week", a president's quoted
  phrase "Saturday", an agency's figures "On Monday" in a Telegram post, the outlet's
  note that the Kremlin never confirmed, a standing position under "has said only" and
  an analyst who told the outlet itself; The Christian Science Monitor on the Vostochny
  summit, with its "Why We Wrote This" box, a president's answer to Russian state
  television, a leader's quotation and his quoted pledge after "adding that", a
  spokesman's quoted phrase "on Tuesday", a warning "last month", Moscow's standing
  position and experts' words before "says" and "notes"; The Daily Beast on Shoigu's
  trip to Pyongyang, with a rubric and a deck, a quoted phrase "the White House said
  Wednesday", a spokesman's call "he told reporters", KCNA's quoted phrase "on July 27",
  an accusation "last December" with a quoted dismissal, a standing denial by both
  states and an analyst who told the outlet itself; Newsmax on a North Korean missile in
  a Kyiv strike, with a hedged lead "said Thursday", a quotation in two parts around
  "told reporters in Pretoria", a president's quoted post, a ministry's account that
  TASS reported, the outlet's own notes, an intelligence chief's charges "in February"
  and a contributor with a quoted book title who told Newsmax itself; the New York Daily
  News running AP copy on Russia's veto of the UN sanctions panel, with "a move the
  United States said was aimed at", three ambassadors' quoted words, a panel's finding
  "made public earlier this month", a standing accusation by "The United States and its
  allies" and a standing denial by both states, so that AP is the last hop of all it
  relays; UPI on Lavrov's visit to Pyongyang, with "SEOUL, Oct. 19 (UPI) --", a lead
  with a quoted phrase "said Thursday", a quotation "according to the Russian state news
  agency TASS", a pledge that "TASS reported", a spokesman's charge "last week" and his
  quotation "at the time", a quoted phrase and a warning "told a regular briefing
  Thursday" and an official who "told Yonhap News Agency"; Semafor on NATO's
  confirmation of North Korean troops in Kursk, with its section heads, a lead "said
  Monday", a quotation before a long title, the outlet's own judgement, a vice
  minister's position "last week", a state's standing position under "has said",
  lawmakers briefed by the spy agency "last week", a specialist who told Semafor itself
  and a NOTABLE item that "the Financial Times reported"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, after the last change to
  the rules, and measured once on the round's final code, its misses never printed
  (blind); then read in the round that wrote ``test62`` .. ``test69`` (its misses
  printed and worked on).
- ``test60``: a sixtieth held-out set in ``bench/extract_test60/`` (ordinary news
  reports: Segye Ilbo in English on North Korean troops entering combat in Kursk, with a
  lead ending "the National Intelligence Service (NIS) told lawmakers on Wednesday", an
  estimate "according to" a lawmaker, his quotation "told reporters after the session",
  a suspicion before "said Rep. Park Sun-won", a spokesman "on Tuesday" in a sentence
  that opens "The disclosures came a day after", a minister who "pledged" "earlier this
  month" and an unnamed official who told the paper itself; The Seoul Shinmun in English
  on Seoul's review of arms for Ukraine after the Pyongyang treaty, with a lead ending
  "National Security Adviser Chang Ho-jin said on Thursday", "He said the government
  expressed" a quoted phrase, the paper's own background on Seoul's policy, a
  president's quoted warning in Hanoi, his quotation "was quoted as saying by TASS", "He
  added that" and a secretary's quoted concern "In Tokyo"; Aju Business Daily on the
  Tumen road bridge, with "SEOUL, May 1 (AJP) -", a forecast inside a narrating lead "a
  project ... said would", a quotation "according to Russia's TASS news agency", a
  premier's quoted phrase that KCNA "reported on Thursday", a ministry's call and an
  unnamed official who told the paper itself; Taiwan News on Pyongyang's denial of arms
  sales to Russia, with "TAIPEI (Taiwan News) —", a denial "on Thursday (Sept. 22),
  according to" KCNA, "KCNA quoted the vice director ... as saying", a quoted word after
  "accused", "He urged", a spokesperson's quoted phrase "on Sept. 6", a president's
  letter "on Aug. 15" "according to KCNA", a ministry that "said on Thursday ..., Yonhap
  reported" and off-topic background on Taiwan's sanctions; The Standard of Hong Kong on
  Putin's gift of a car to Kim, with a lead ending "North Korea's state media said on
  Tuesday", a sister's account of a handover "on Sunday" "according to" KCNA, a
  quotation "in a statement carried by the agency", a ministry's charge and a
  spokesperson's quoted call, a panel's standing finding "in past reports", a READ MORE
  teaser and a standing accusation by two states; Hong Kong Free Press running AFP copy
  on North Korean missiles fired at Ukraine, with a lead ending "the White House said
  Thursday", launches dated "on December 30" and "on January 2" apart from the
  statement, "He described the transfers as", a quoted phrase with "he added", an air
  force spokesman "In Kyiv", a standing denial by both states, the support lines and the
  agency's bio, so that AFP is the last hop of all it relays; The Borneo Post running
  Reuters copy on the launch of the sanctions monitoring team, with "SEOUL (Oct 16):", a
  joint statement's quoted phrase, a quotation split around "told reporters", an
  ambassador's quoted phrase "at the time", a standing accusation by two states and a
  closing credit line, so that Reuters is the last hop of all it relays; The Japan News
  by The Yomiuri Shimbun on the Vostochny summit, with "MOSCOW —", a suggestion "on
  Wednesday" in the lead, a quoted reply after "Putin said,", a quoted phrase and a
  quotation with "he said" in the next sentence, a spokesman's account that "TASS news
  agency reported", the paper's own hedged background "is believed to" and a minister's
  pledge "early Thursday"; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written at the round's end, after the last change to the rules, and
  measured once on the round's final code, its misses never printed (blind); then read
  in the round that wrote ``test62`` .. ``test69`` (its misses printed and worked on).
- ``test61``: a sixty-first held-out set in ``bench/extract_test61/`` (ordinary news
  reports: Al Mayadeen English on the Pyongyang treaty, with "Source: Agencies", curly
  quotation marks, a quotation before "Putin told reporters after the signing ceremony",
  "did not exclude" with no condition, a leader's quotation "in remarks broadcast by
  Russian state television", the outlet's own framing of the sanctions, an aide's quoted
  phrase "On the eve of the visit", an adviser who "claimed on Tuesday" and "Kirby also
  accused"; The New Arab on North Korean troops in Kursk, with a lead ending "said on
  Thursday", a conditional quotation before "he told reporters", a minister who "called
  on" with "which he said" inside it, a president who "did not deny the reports last
  week", a vice minister's quoted phrase "according to the state news agency KCNA",
  Washington's standing charge under "says" and a researcher who told the outlet itself;
  Gulf Times running AFP copy on Russia's veto of the UN sanctions panel, with the
  panel's earlier statement after "weeks after" in a lead narrating the veto, an
  ambassador's quotation discrediting the panel, a deputy ambassador's quotation with
  Washington's standing charge after "referring to" and a standing denial by two states,
  so that AFP is the last hop of all it relays; The Peninsula running AFP copy on the
  Malligyong-1 launch, with "Seoul, South Korea:", a state's claim "said Wednesday" in
  the lead, a launch dated apart from KCNA's account, a military's suspicion "before the
  launch", a president's pledge "At his summit with Kim in September" and a standing
  position under "insists"; Daily News Egypt on Lavrov in Pyongyang, with a quoted
  phrase "said on Thursday", an account that "TASS reported" with the summit dated
  apart, "He accused", a leader's quoted pledge "later on Thursday" that KCNA reported,
  the White House's charge "last week" and a ministry's call that "Yonhap News Agency
  reported"; News24 on Zelensky's cut-short visit to Pretoria, with a charge "Speaking
  at a joint media briefing", a conditional quotation, a READ teaser, Kyiv's standing
  charge "has previously said", the outlet's own account of a silence, a spy agency's
  estimate "earlier this year", Seoul's standing call and an additional-reporting line
  that is no relay; the Mail & Guardian running AFP copy on North Korean soldiers in
  Kursk, with a lead ending "South Korean lawmakers said on Monday, citing the country's
  spy agency", a finding "according to lawmaker Lee Seong-kweun", a quotation with a
  quotation inside it, a president's announcement "On Saturday" and his offer he "wrote
  on X on Sunday", and three states' standing estimate after "which ... say"; the Buenos
  Aires Times running AFP copy on Shoigu in Pyongyang, with a lead ending "state media
  reported Thursday", KCNA's quoted phrase, "According to the agency," a ministry's two
  statements around "adding that", a standing charge and a standing denial in one
  sentence and a spokesman who "warned" "on Wednesday"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, after the last change to
  the rules, and measured once on the round's final code, its misses never printed
  (blind); then read in the round that wrote ``test62`` .. ``test69`` (its misses
  printed and worked on).
- ``test62``: a sixty-second held-out set in ``bench/extract_test62/`` (ordinary news
  reports: DER SPIEGEL International in translation on the Vostochny summit, with a
  state-television reporter's question answered after "replied on Wednesday:", a split
  quotation whose closing sentence is a pledge of its own, a spokesman's account of no
  agreements that denies, a standing denial by both states, KCNA's quoted phrase and
  "Kim, the agency said," inside a sentence, an adviser's quoted warning "last week" and
  an official who told the magazine itself; The Local Germany running dpa copy on the
  Pyongyang treaty, with "Berlin (dpa) -", a lead ending "said on Wednesday", the
  agency's own assessment of the treaty, a treaty's quoted clause that KCNA "published
  on Thursday", "did not rule out" with no condition, a standing accusation and a
  standing denial under "deny this", a presidential office that "the Yonhap news agency
  reported" and an expert who "told the Funke Media Group newspapers" a quoted phrase
  and a call, so that dpa is the last hop of all it relays; NL Times running ANP copy on
  Rutte's confirmation of North Korean troops in Kursk, with a quotation before "said
  the former Dutch prime minister", "According to Rutte,", a minister who "told the NOS
  on Monday", a minister who "wrote on X", "Pentagon spokeswoman Sabrina Singh added", a
  vice minister's quoted phrase "on Friday" that KCNA reported and the agency's own
  account of the Kremlin's silence, so that ANP is the last hop of all it relays; The
  Baltic Times running BNS copy on Russia's veto of the UN sanctions panel, with
  "VILNIUS \u2013", a minister who "told BNS" (the agency itself), a ministry's pledge,
  two quoted phrases of one ambassador "before the vote on Thursday", a quotation that
  "Reuters reported", a finding "according to diplomats in New York" and a standing
  denial by both states, so that BNS is the last hop of all it relays; Radio Prague
  International on the Czech shell initiative, with a president who "told Czech Radio on
  Tuesday" (the publisher's own broadcaster), an announcement at Munich "last month", a
  minister's figures "last week" with an event dated "since July", a minister who "told
  the ČTK news agency", "Seznam Zprávy quoted an official ... as saying", a prime
  minister's quoted phrase "on Monday", the broadcaster's own background and an
  analyst's quotation before "says"; Romania Insider on Bucharest's condemnation of the
  North Korean deployment, with a quoted phrase and "warning that" in the lead, "which
  it said" inside a call, "quoted by Agerpres", a minister who "told Digi24 on Wednesday
  evening", off-topic background, "South Korean lawmakers said on Wednesday, after a
  closed-door briefing", "He added that" a quoted warning, the outlet's own account of
  Pyongyang's silence and the Kremlin's standing position under "has said"; Balkan
  Insight on Albania at the Security Council after North Korea's spy satellite launch,
  with a lead ending "told the Security Council on Monday", "He added that" with a
  relative clause inside the pledge, a quoted phrase and "accused" in one sentence,
  "blamed ..., saying", a spy agency's suspicion "last week", Moscow's standing
  rejection and off-topic background on Albania; BTA on Lavrov in Pyongyang, with
  "Moscow, October 19 (BTA) -", a lead with a quoted phrase that "TASS reported", the
  summit dated apart from the statement, "He accused", "He added that", a ministry's
  Telegram post, a charge "Last week", "RIA Novosti quoted Kremlin spokesman Dmitry
  Peskov as saying" a quoted word and a ministry's call that "Yonhap reported";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written at the round's
  start, before any change of the round, and measured seven times in all: at first
  sight, five times during the round and on its final code, its misses never printed
  (blind); then read in the round that wrote ``test78`` .. ``test85`` (its misses
  printed and worked on).
- ``test63``: a sixty-third held-out set in ``bench/extract_test63/`` (ordinary news
  reports: the Toronto Star running Canadian Press copy on Joly and the North Korean
  troops in Russia, with "OTTAWA -", a lead with a quoted phrase ending "Foreign Affairs
  Minister Mélanie Joly said Wednesday", a quoted pledge after "told reporters on
  Parliament Hill", a spy agency that "told lawmakers in Seoul on Wednesday", a
  secretary's quoted word "in Rome on Wednesday", a department's quoted concern "In a
  statement later Wednesday", a spokesman's quoted dismissal "on Tuesday", a standing
  denial by both states and a fellow who "told The Canadian Press", so that The Canadian
  Press is the last hop of all it relays; CTV News on the Pyongyang treaty, with two
  quoted phrases in one sentence, a quoted pledge, a quotation after a colon "in remarks
  carried on Russian state television", a secretary's quoted phrase "On Tuesday", the
  outlet's own background on the 1961 treaty, a department's statement "to CTVNews.ca"
  and a former ambassador who "told CTV's Power Play on Wednesday" (the publisher
  itself); The New Zealand Herald on Russia's veto of the UN sanctions panel, with a
  caption reporting a minister's words, a quoted phrase before "says" in mid-lead, an
  ambassador's quoted phrase "Before the vote", a panel's finding in a report "released
  earlier this month", a minister's statement "on Friday", the paper's own background on
  the air force's patrols, a professor who "told the Herald" and an additional-reporting
  line that is no relay; 1News on the Malligyong-1 launch, with a spy agency's belief in
  a lead ending "lawmakers in Seoul said on Thursday", a lawmaker who "quoted National
  Intelligence Service officials as saying", KCNA's quoted phrase "said on Wednesday"
  and "The agency added", a president's quoted word "at the time", Moscow's standing
  denial and a ministry spokesperson who "told 1News"; The Boston Globe running AP copy
  on the Vostochny summit, with "VOSTOCHNY COSMODROME, Russia (AP) —", a quoted pledge
  in the lead, a reply after a colon, a quotation "according to Russian state media", a
  spokesman's quoted phrase "said Tuesday", state media that "confirmed Tuesday" a
  departure "on Sunday afternoon", U.S. officials' standing warning, an adviser's quoted
  warning "Last week" and a standing denial under "have dismissed", so that AP is the
  last hop of all it relays; the Chicago Tribune on North Korean missiles fired at
  Ukraine, with a lead ending "the White House said Thursday" and a congressman's quoted
  phrase, launches dated "on Dec. 30" and "on Jan. 2" apart from the statement, "In
  return, he said," inside a sentence, a quotation "said in an interview Friday" and
  Ukrainian officials who "said this week"; Roll Call on a House Armed Services hearing,
  with a lead ending "told the House Armed Services Committee on Wednesday", a quotation
  split around "Aquilino said,", a long title before a name, a chairman with "R-Ala."
  and the outlet's own background on Shoigu's July visit with U.S. officials' charge
  inside it; the Canberra Times running AAP copy on Shoigu's visit to Pyongyang, with a
  lead ending "Foreign Minister Penny Wong says", her quotation "told AAP in a statement
  on Saturday", state media that "reported on Saturday" a meeting "on Friday", "The
  Korean Central News Agency quoted Mr Kim as saying", a secretary "quoted by Russian
  news agencies as saying", a spy agency that "told lawmakers this week" and both
  states' standing position under "say", so that AAP is the last hop of all it relays;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written at the round's
  start, before any change of the round, and measured seven times in all: at first
  sight, five times during the round and on its final code, its misses never printed
  (blind); then read in the round that wrote ``test78`` .. ``test85`` (its misses
  printed and worked on).
- ``test64``: a sixty-fourth held-out set in ``bench/extract_test64/`` (ordinary news
  reports: the New Straits Times running Reuters copy on the Vostochny summit, with
  "VOSTOCHNY COSMODROME (Russia):", a lead ending "President Vladimir Putin said on
  Wednesday", a quotation in three sentences after "Putin said:" in answer to Russian
  state television, a leader's quoted phrase after "told Putin that" and his toast, a
  quotation before "he said" with "adding that" and a quoted phrase, a spokesman's
  quoted phrase "last month", a standing denial by both states and the agency's own
  background; Free Malaysia Today running Bernama copy on the Pyongyang treaty, with
  "MOSCOW:", a lead with a quoted phrase ending "said today", "The agency said" with the
  signing dated "yesterday", a quoted phrase "Speaking to reporters in Hanoi today", "He
  also warned", an adviser's position in a sentence that opens "Putin's warning came
  after", "KCNA quoted Kim as saying", a spokesman's quoted phrase that "Sputnik
  reported" and a standing accusation and a standing denial after "a charge"; The Nation
  (Thailand) on the first clash with North Korean troops, with a lead ending "said on
  Tuesday in an interview with South Korea's public broadcaster KBS", "He did not say"
  that is no claim, the Pentagon's quoted phrase "on Monday" "according to Reuters", a
  secretary who "warned last week", "South Korean lawmakers said last week, after a
  closed-door briefing by" the spy agency, the paper's own account of a silence, a vice
  minister's quoted phrase "last month" "in a statement carried by" KCNA and a political
  scientist who told the paper itself; Tuoi Tre News running AFP copy on the failed
  satellite launch of May 2024, with a standing position in "that Seoul says" inside the
  lead, a hedged cause "said in a report carried by" KCNA, a staff's quoted phrase with
  the launch dated apart, an unnamed official's hedged quoted phrase, a president who
  "had said at a joint news conference on Monday", a pledge in a "where" clause and a
  quotation split around "said"; the Dhaka Tribune running AP copy on Russia's veto of
  the UN panel of experts, with "UNITED NATIONS (AP) —", a lead and a vote narrating the
  day's event, an ambassador's quotation discrediting the panel, a deputy ambassador's
  quotation before his title, an ambassador who "compared" Russia's veto to a quoted
  phrase, an abstention explained with a quoted phrase, the panel's report "made public
  earlier this month" and a mission that did not respond; The Kathmandu Post running AFP
  copy on Lavrov in Pyongyang, with "SEOUL —", an agreement and a charge after
  "accusing" in one sentence, a leader's quoted pledge "later on Thursday" that KCNA
  "reported on Friday", a quoted dismissal after "Asked about", the White House's charge
  "last week" and a standing denial with a president's quoted phrase "after the summit
  in September" in one sentence; The News International running Reuters copy on North
  Korean missiles fired at Ukraine, with "WASHINGTON:", a lead ending "the White House
  said on Thursday, citing newly declassified US intelligence", strikes dated apart from
  the statement, a hedged quotation "we assess", "He said Washington would", the
  agency's own assertion on the resolutions and an official who "wrote on Telegram on
  Thursday"; Kun.uz in English on Shoigu in Pyongyang, with a lead ending "the state
  news agency KCNA reported on Saturday", "According to KCNA,", "The agency quoted Kim
  as saying", a secretary's quoted phrase that "TASS reported", a standing accusation by
  two states, the outlet's own account of a silence, a ministry's quoted call "on
  Friday" that "Yonhap news agency reported" and analysts "quoted by Reuters";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written at the round's
  start, before any change of the round, and measured seven times in all: at first
  sight, five times during the round and on its final code, its misses never printed
  (blind); then read in the round that wrote ``test78`` .. ``test85`` (its misses
  printed and worked on).
- ``test65``: a sixty-fifth held-out set in ``bench/extract_test65/`` (ordinary news
  reports: Edaily in English on the NIS's report that North Korean troops are in combat
  in Kursk, with a headline opening with the speaker and a quoted phrase, a lead ending
  "the National Intelligence Service (NIS) told lawmakers on the 20th", an assignment
  "According to" a lawmaker, a quotation before "Lee told reporters after the session",
  a judgement after "said the NIS judged", a drone order dated "last week" apart from
  the statement, a minister's quoted phrase "on the 19th", a warning "on the 19th (local
  time)" and the paper's own account of a silence; The Seoul Economic Daily on the
  Vostochny summit, with a lead ending "said on Wednesday", a two-sentence quotation
  after "Putin replied:" to Russian state media, a leader's quoted phrase after
  "described ... as", a spokesman's account "according to the RIA Novosti news agency",
  a standing warning by Washington, KCNA's quoted phrase "said on Thursday" and
  off-topic market news; ChosunBiz in English on the failed satellite launch of May
  2024, with an event "on the night of the 27th" that state media "acknowledged early on
  the 28th", "KCNA quoted a vice director-general ... as saying", "adding that", a
  quotation split around "the official said", an official's account that "Yonhap News
  Agency reported on the 26th, citing" and a president's promise inside the outlet's
  background; Korea Pro on the text of the Pyongyang treaty, with a lead narrating its
  release, a treaty article quoted in two parts, a pledge "In an article published in
  the Rodong Sinmun on Tuesday", the outlet's own analysis and background on the panel
  of experts and a researcher who told the outlet itself; remarks of the US Mission to
  the United Nations on North Korean troops in Russia, with the ambassador's long title
  and "AS DELIVERED", statements in his own voice, an advice in its own sentence after a
  warning, a vice minister's quoted claim "Last week" "in a statement carried by the
  DPRK's state media" and its rebuttal and the Kremlin's quoted dismissal "Earlier this
  month"; The EurAsian Times on North Korean missiles fired at Ukraine, with a lead
  ending "has said", "told Reuters in an interview published on Tuesday", "Reuters
  quoted Kostin as saying", launches dated apart from a charge "on January 4", a group's
  report "published this month" and an Also Read teaser; Eurasia Review running RFA copy
  on Lavrov in Pyongyang, with Washington's accusation in a lead narrating Thursday's
  meeting, "Russia's TASS news agency quoted Lavrov as saying" with "he said" inside it,
  a pledge that "the Russian news agency RIA Novosti reported", a spokesman who "said
  last Friday", a professor who "told RFA" and the reprint notice, so that RFA is the
  last hop of all it relays; Army Recognition on North Korean officers killed near
  Donetsk, with an intro paragraph carrying the outlet's own reading after a minister's
  hedged account, "highly likely" in a lead ending "said on Tuesday during a
  parliamentary audit", sources' account that "The Kyiv Post, citing Ukrainian military
  sources, reported last week" with a strike dated apart, a "Technical analysis"
  crosshead, analysts' judgement under "note" and the outlet's own account of a silence;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written at the round's
  start, before any change of the round, and measured seven times in all: at first
  sight, five times during the round and on its final code, its misses never printed
  (blind); then read in the round that wrote ``test78`` .. ``test85`` (its misses
  printed and worked on).
- ``test66``: a sixty-sixth held-out set in ``bench/extract_test66/`` (ordinary news
  reports: the Cyprus Mail running Reuters copy on Shoigu showing Kim Jong Un bombers
  and hypersonic missiles, with "VLADIVOSTOK, Russia, Sept 16 (Reuters) -", Washington's
  standing fear in a relative clause of a lead narrating the tour, a ministry's quoted
  phrase "said in a statement", "KCNA news agency quoted him as saying", a spokesman's
  account of no agreements "earlier this week", a president's quoted phrase to Russian
  state television with the hosting dated apart, a standing charge, a standing denial by
  both states and the agency's own assertion on the resolutions, so that Reuters is the
  last hop of all it relays; Times of Malta on Russia's veto of the UN sanctions panel,
  with a quoted word in a lead ending "Malta's ambassador to the UN said on Thursday", a
  two-sentence quotation, an ambassador's quoted phrase discrediting the panel, a call
  with "which he said" inside it, an ambassador who "compared the veto to" a quoted
  phrase, the panel's report "made public earlier this month", the paper's own
  background after a Related Stories block and a minister who "wrote on X" a quoted
  pledge; Hungary Today on Szijjártó and the North Korean troops, with a lead ending
  "said on Tuesday", a quotation "told state news agency MTI", "He added that",
  off-topic background, a secretary general who "confirmed on Monday", a spy agency's
  belief "According to South Korean lawmakers briefed by" it, a president who "did not
  deny the reports last week", a vice minister's quoted phrase "according to the state
  news agency KCNA" and a political scientist who told the outlet itself; The Slovak
  Spectator on US sanctions against a Slovak broker of a North Korean arms deal, with
  "who it says" in the lead, "according to the Treasury", a coordinator's very long
  title before his name, a spokesperson who "told the TASR newswire", a man who "could
  not be reached", an embassy's quoted dismissal "in a Facebook post on Friday", a
  standing denial under "have repeatedly rejected" and an analyst's three-sentence
  quotation; Yeni Safak running Anadolu copy on Kim Yo Jong's denial of arms exports,
  with "has no intention" in a lead ending "said on Friday in a statement carried by
  state media", a quoted phrase after "described ... as" and "accusing" in one sentence,
  a White House account "in January" and a standing charge in one sentence, a minister's
  figures "in March", a ministry's quoted phrase "last month" and the agency's own
  background on the panel, so that Anadolu is the last hop of all it relays; Armenpress
  on the Malligyong-1 launch, with "YEREVAN, NOVEMBER 22, ARMENPRESS.", the launch dated
  apart from KCNA's report, "according to KCNA, which said", a minister's quoted phrase
  "in an interview with KBS on Sunday", a spokesman's quotation that "TASS reported",
  "Earlier," and a president's pledge "During Kim Jong Un's visit ... in September"; OC
  Media on a Chechen commander's denial of North Korean troops in Kursk, with a lead
  "has said" with no date, a quotation "in an interview with the state-run Rossiya-1
  channel on Sunday", "He added that" a quoted phrase, a minister who "told South Korean
  broadcaster KBS in an interview aired on Tuesday", a secretary's quoted prediction
  "last week", the outlet's own account of the silence of both states and a commander
  who "told OC Media"; JAMnews on the Pyongyang treaty, with "said on Wednesday, after
  signing the document", a warning "Speaking to reporters in Hanoi on Thursday", a
  ministry that "had made no comment", a president who "wrote on X" a quoted phrase "and
  called on the government", a charge "On Tuesday, before Putin landed in Pyongyang",
  "He added that" and a director who "told JAMnews"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written during the round by a separate pass that
  never ran extract, and measured on the round's last code (four runs: on ``74377f1``,
  after a change that narrowed a caption rule, after an edit that changed no draft, and
  on the final code), its misses never printed (blind); then read in the round that
  wrote ``test78`` .. ``test85`` (its misses printed and worked on).
- ``test67``: a sixty-seventh held-out set in ``bench/extract_test67/`` (ordinary news
  reports: Africanews on the Pyongyang treaty, with a lead ending "Russian President
  Vladimir Putin said" after the signing "on Wednesday", a leader's quoted phrase after
  "described the agreement as", a quotation after "Putin thanked Kim" "according to
  Russian state media", a hedged "might develop", a standing charge by "the United
  States and its allies" and a standing denial by both states, and a spokesman's quoted
  concern "on Monday"; Daily Maverick on Russia's veto of the UN panel of experts, with
  a lead "on Thursday, 28 March" whose claim is what "Western diplomats said", the
  paper's own reading of the veto, an ambassador's quotation after "he said" that
  discredits the panel, a quoted phrase after "likened the veto to", the panel's report
  "earlier this month" and a researcher who told the paper itself; Premium Times running
  NAN copy on Lavrov in Pyongyang, with a quoted phrase under "says" dated only in the
  next sentence, "KCNA quoted Ms Choe as saying", "also accused" with "which he said"
  inside it, a ministry's quoted call and the agency's own background after "NAN reports
  that", so that NAN is the last hop of all it relays; Nation Africa running AFP copy on
  the Vostochny summit, with a "What you need to know:" summary, Washington's fear
  inside a lead "said Wednesday", a quotation after a colon "Asked by Russian state
  media", a leader's quoted phrase "in remarks broadcast by Russian state television", a
  spokesman's account "according to Russian news agencies" and an adviser's quoted
  warning "last week", so that AFP is the last hop of all it relays; MercoPress on
  Shoigu in Pyongyang, with a lead ending "North Korean state media reported on
  Thursday", "TASS news agency quoted Shoigu as telling ... on Wednesday", analysts'
  reading after "in what analysts saw as", a standing charge and a standing denial and a
  researcher who "told Reuters"; The Vancouver Sun running Canadian Press copy on North
  Korean troops in Russia, with "OTTAWA \u2014", a lead ending "said Monday", a hedged
  response that "could include" sanctions, a confirmation "Earlier Monday", a minister's
  quoted phrase "in an interview with The Canadian Press last week", the agency's own
  account of a silence and a spokesman's position "last week", so that The Canadian
  Press is the last hop of all it relays; The Seattle Times running AP copy on Kim Yo
  Jong's denial, with "SEOUL, South Korea (AP) \u2014", quoted phrases "In a statement
  carried by state media", a quotation with a colon inside it, a standing charge by two
  states, a panel's finding "in a report last month" about a strike dated apart and a
  spokesperson's quoted call "Friday", so that AP is the last hop of all it relays;
  Radio Canada International on North Korea's spy satellite, with a lead ending "South
  Korean lawmakers said Thursday, citing a briefing", KCNA's account "said Wednesday" of
  a launch "late Tuesday", a department's quoted condemnation "In a statement Wednesday"
  and its quoted call, a minister who "wrote on social media", a pledge "At their summit
  ... in September", the outlet's own account of a silence and a "With files from" line
  that is no relay; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written
  during the round by a separate pass that never ran extract, and measured on the
  round's last code (four runs: on ``74377f1``, after a change that narrowed a caption
  rule, after an edit that changed no draft, and on the final code), its misses never
  printed (blind); then read in the round that wrote ``test78`` .. ``test85`` (its
  misses printed and worked on).
- ``test68``: a sixty-eighth held-out set in ``bench/extract_test68/`` (ordinary news
  reports: Munhwa Ilbo in English on the munitions containers shipped to Russia, with a
  headline opening with the speaker and a quoted claim, a lead ending "Defense Minister
  Shin Won-sik said on the 27th", a quotation after "Minister Shin said,", "He added
  that", "According to Shin,", an unnamed official's belief "said separately" and the
  White House's charge "in January"; Kookmin Ilbo in English on Shoigu in Pyongyang,
  with KCNA's quoted phrase "reported on the 14th", a leader's quoted pledge "According
  to KCNA,", "was quoted by Russia's RIA Novosti news agency as saying,", a ministry's
  quoted phrase "at a regular briefing on the 13th", a call before "a ministry
  spokesperson said" and a standing charge and a standing denial in one sentence; The UB
  Post on the Vostochny summit, with a lead "indicated on Wednesday", a two-sentence
  quotation after "Putin replied:" to Russian state media, a spokesman's denial of
  signed agreements "on Thursday", the paper's own background on the failed satellite
  launches and a researcher named with an initial; The Phnom Penh Post on Russia's veto
  of the UN sanctions panel, with the panel's earlier statement after "weeks after" in a
  lead narrating the veto, an ambassador's quoted phrase discrediting the panel, a
  ministry's quoted phrase that "AFP reported" and a spokesman and an analyst who told
  the paper itself; the Laotian Times on Cho and Lavrov in Vientiane, with a call "on
  Saturday" in a lead ending "South Korea's foreign ministry said", a charge "according
  to the ministry", "He added that" with a quoted phrase, a communique's quoted phrase
  "issued on Friday", a host minister's double title and Pyongyang's standing rejection;
  The Irrawaddy on the junta and the Pyongyang treaty, with curly quotation marks, a
  lead ending "according to a statement released by the junta's Foreign Ministry on
  Thursday", a spokesman's rank before his name, "He denied" with a quoted phrase, a
  panel's report "in 2018" and a denial "at the time", and an unnamed former officer who
  told the outlet itself; Asia News Network running The Korea Herald's copy on North
  Korean casualties in Kursk, with a lead ending "South Korea's spy agency told
  lawmakers on Thursday", "According to Lee, the NIS believes", "The agency also said",
  an unnamed US official's quoted phrase "on Monday" and the paper's own account of a
  silence, so that The Korea Herald is the last hop of all it relays; SunStar running AP
  copy on North Korean missiles fired at Ukraine, with a lead ending "the White House
  said Thursday, citing", a firing dated apart from the charge, a pledge after "He
  said", a leader's promise "in September" inside an account of the summit and a
  contributors line that is no relay, so that AP is the last hop of all it relays;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written during the round by
  a separate pass that never ran extract, and measured on the round's last code (four
  runs: on ``74377f1``, after a change that narrowed a caption rule, after an edit that
  changed no draft, and on the final code), its misses never printed (blind); then read
  in the round that wrote ``test78`` .. ``test85`` (its misses printed and worked on).
- ``test69``: a sixty-ninth held-out set in ``bench/extract_test69/`` (ordinary news
  reports: IRNA English on the Pyongyang treaty, with "Tehran, IRNA \u2013", a lead
  ending "Russian President Vladimir Putin said after talks with North Korean leader Kim
  Jong Un on Wednesday", a quotation before "Putin told reporters after the signing
  ceremony, Sputnik reported", two quoted phrases of one leader in one sentence, KCNA's
  quoted clause of the treaty "said on Thursday", a secretary's quoted word "on
  Tuesday", a standing accusation and a standing denial after "charges that" and an
  expert who "told IRNA:" (the publisher itself) a quotation after a colon; Tasnim on
  Russia's veto of the UN panel of experts, with "TEHRAN (Tasnim) \u2013", an envoy's
  quoted word in a lead narrating the veto, an ambassador's quotation discrediting the
  panel before his long title, the panel's report "made public earlier this month", a
  quotation split around "said after the vote", a ministry's quoted regret "in a
  statement on Friday", a spokeswoman's quoted phrase that "RIA Novosti reported" and a
  standing denial by both states after "an allegation"; Mediazona on the first North
  Korean losses in Kursk, with special forces that "said on Saturday", a president's
  quotation "in his nightly video address on Monday", an unnamed US official's quoted
  phrase, the outlet's own analysis under "suggests", a Telegram channel that "wrote on
  Sunday", a spy agency that "told lawmakers last month", the outlet's own account of a
  ministry's silence, a spokesman's quoted phrase and a president's quoted phrase "in
  October"; UNN on North Korean missiles fired at Ukraine, with a lead ending "said at a
  briefing in Kyiv on Friday, a UNN correspondent reports", launches dated apart, "He
  added that", a representative who "said on the air of the national telethon", "called
  on ..., saying that" a quoted charge, a quoted denial "in a statement carried by the
  state news agency KCNA in January", the Kremlin's standing denial and a Recall block;
  a statement page of Ukraine's Defence Intelligence on North Korean troops in Kursk,
  with statements in the body's own voice, "According to the Defence Intelligence of
  Ukraine," on its own page, a hedged forecast, a chief's quotation after "noted:", "As
  Kyrylo Budanov told The War Zone on Monday" and a standing denial beside the body's
  account of a silence; a Responsible Statecraft analysis of the Vostochny summit, with
  the author's own judgements, forecast and call, a reply after a colon "Asked by
  Russian state television on Wednesday", a leader's quoted pledge, a spokesman's
  account of no agreements under "insisted", a quoted warning "Last month" and a
  standing denial by both states; Arms Control Today on North Korean missiles fired at
  Ukraine, with a lead ending "the White House announced Jan. 4" and officials' quoted
  phrase after "in what", launches dated apart, "In return, Kirby said," inside a
  sentence, the journal's own background with a "(See ACT, ...)" reference, a joint
  statement's quoted charge, Ukrainian officials' account, a quoted dismissal "At a
  Security Council meeting on Jan. 10" and a quoted phrase "In a Jan. 12 statement
  carried by the Korean Central News Agency"; Current Time on Shoigu in Pyongyang, with
  a lead ending "state media reported on July 27", "TASS quoted Shoigu as telling his
  North Korean counterpart", a secretary's quotation "speaking in Tonga on July 27", the
  White House's charge "In December" and a quoted denial after "a claim", a professor
  who "told Current Time" (the publisher itself) and an additional-reporting line that
  is no relay; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written
  during the round by a separate pass that never ran extract, and measured on the
  round's last code (four runs: on ``74377f1``, after a change that narrowed a caption
  rule, after an edit that changed no draft, and on the final code), its misses never
  printed (blind); then read in the round that wrote ``test78`` .. ``test85`` (its
  misses printed and worked on).
- ``test70``: a seventieth held-out set in ``bench/extract_test70/`` (ordinary news
  reports: The Local Sweden running TT copy on the Vostochny summit, with the "TT/The
  Local" credit, a lead ending "Foreign Minister Tobias Billström (M) said on Thursday"
  with the party in brackets, a quotation before "told TT" (the agency itself), a reply
  after a colon "Asked by Russian state television", a leader's quoted pledge "According
  to the North Korean state news agency KCNA" with "what he called", a spokesman who
  "said later on Thursday" that "Russian news agencies reported", a standing warning and
  a standing denial and an analyst's quotation before "says", so that TT is the last hop
  of all it relays; Norway Today running NTB copy on the joint statement against North
  Korean missile deliveries, with "Norway and close to 50 other countries said in a
  joint statement on Tuesday", a quotation before "the statement reads", a minister's
  quotation before "says ... in a press release", a spokesman's charge "said last week"
  with launches dated apart, a charge "According to Ukraine's Prosecutor General's
  Office", a standing denial under "deny" and a researcher who "tells NTB"; the
  Copenhagen Post on North Korean shells, with a lead ending "warned on Tuesday as ...",
  a quotation whose second sentence calls for action before "told Ritzau", a crosshead,
  a charge "said earlier this week ... according to the Yonhap news agency", "Yonhap
  quoted Shin as saying" with a quoted phrase, an intelligence assessment "published in
  December", an ambassador's standing dismissal after "has previously dismissed" and
  Pyongyang's standing denial under "has said"; Iceland Review on Zelensky in Reykjavík,
  with "told reporters in Reykjavík yesterday", a quotation split around "Zelensky said"
  whose second part accuses and calls for action, a quoted phrase "in an interview with
  RÚV on Monday", a minister with a long Icelandic name who "told Vísir", a secretary
  general who "confirmed on Monday", a president who "did not deny the reports last
  week" and the magazine's own account of Pyongyang's silence; the Luxembourg Times on
  the Pyongyang treaty, with a quoted phrase in a lead ending "said in Luxembourg on
  Monday, as ...", a quotation after "Borrell said:", a minister who "told the
  Luxembourg Times" (the publisher itself), the day's sanctions narrated and uncoded, a
  president's account "During his visit to Pyongyang last week" and his warning "A day
  later", a ministry's summons and call "In Seoul, ... said on Friday" and Moscow's
  standing position under "insists"; The Portugal News running Lusa copy on Russia's
  veto of the UN panel of experts, with "By TPN/Lusa" and the dateline "New York, 28 Mar
  2024 (Lusa) -", a Secretary-General's regret that "his spokesperson said on Thursday",
  an ambassador's quoted phrase discrediting the panel, a quoted charge after "compared
  the veto to", the panel's report "made public earlier this month" and a standing
  charge by two states and a standing denial by two others in one sentence, so that Lusa
  is the last hop of all it relays; Greek Reporter on Shoigu in Pyongyang, with "state
  media reported on Thursday", KCNA's quoted phrase with talks dated apart, "TASS quoted
  Shoigu as telling his North Korean counterpart", a ministry's quoted phrase "said on
  Tuesday, when Shoigu arrived", Pyongyang's standing rejection as a quoted word, "said
  on Wednesday ..., adding that" and a research fellow who "told Greek Reporter" (the
  publisher itself); the Sofia Globe on North Korea's denial of arms sales, with a
  statement "published by the state news agency KCNA on September 22", a quoted charge
  after "accused", the outlet's own first with US findings "first reported by The New
  York Times earlier this month", a quotation with a long military title "told a
  briefing on September 6", a quoted word "earlier this month" and a belief "said on
  Thursday"; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and most acts carried by the words behind a neutral verb), written at the
  round's end, measured on ``ac92585`` and again on the round's final code after a last
  change to the rules (the same figures), its misses never printed (blind); then read in
  the round that wrote ``test78`` .. ``test85`` (its misses printed and worked on).
- ``test71``: a seventy-first held-out set in ``bench/extract_test71/`` (ordinary news
  reports: The West Australian running AAP copy on the Pyongyang treaty, with a lead
  ending "Russian President Vladimir Putin says" in the present tense, a quotation split
  over two paragraphs whose unattributed second does another thing, a leader's quoted
  pledge after "told Putin that", the treaty's quoted clauses that KCNA "reported on
  Thursday as it published the full text", a standing accusation and a standing denial
  by both states and a minister's quoted concern "said on Wednesday" with her call under
  "Senator Wong said", so that AAP is the last hop of all it relays; the Brisbane Times
  on the first clashes in Kursk, with curly quotation marks, "Ukraine's defence minister
  has said" inside the lead before a closing clause, a quotation before "told South
  Korean public broadcaster KBS on Tuesday" and its unattributed forecast, a caption run
  into its credit, a figure and a quoted forecast of one deputy press secretary "said on
  Monday", the paper's own account of the Kremlin's silence, a quoted dismissal "last
  week" and a foreign minister's quoted pledge "last week" behind a relative clause
  dated "on Monday"; Crikey on Russia's veto of the UN panel of experts, with
  Washington's charge behind "in a move Washington says is meant to", an ambassador's
  quotation discrediting the panel, an ambassador's quotation after a colon, the panel's
  report "made public earlier this month", a quoted likening, Seoul's standing
  accusation, a standing denial by both states, the site's own judgement and a
  minister's quoted phrase "said on Friday" with "which she said" inside; The Fiji Times
  running AP copy on the Vostochny summit, with "VOSTOCHNY COSMODROME, Russia (AP)
  \u2014", a lead "said Wednesday", a reply after a colon "Asked by Russian state
  television", a quotation before "told Putin through an interpreter" and its second
  sentence that pledges, KCNA's quoted phrase "said Thursday", a spokesman's
  announcement and his quotation after "adding:", US officials' standing charge under
  "say" and a standing denial, so that AP is the last hop of all it relays; the Pacific
  Island Times on North Korea's spy satellite and Guam, with a "Photo courtesy of KCNA"
  caption, state media that "said on Wednesday", the governor's office under its seat
  "Adelup said", the governor's quoted pledge "in a statement on Thursday", a delegate
  who "called on" with a quoted warning after "saying", a spy agency's hedged belief
  that "Yonhap News Agency reported", a pledge dated "in September" after "when" and a
  command's quoted phrase; The Saturday Paper on Lavrov in Pyongyang, with the edition
  line, the paper's own judgement inside a scene-setting opening, a minister's quoted
  phrase "At talks on Thursday", a proposal with a quoted word after "what he called", a
  leader's quoted pledge that KCNA "reported on Friday", a spokesman's account dated
  only against the visit, Pyongyang's standing quoted dismissal "has long called",
  researchers' finding "reported this month" with a quoted hedge, a minister who "told
  parliament's defence committee last week", the paper's own analysis and a specialist's
  quotation before "says"; the Otago Daily Times running Reuters copy on North Korean
  missiles fired at Ukraine, with "UNITED NATIONS -", a lead "told the UN Security
  Council on Wednesday" with a quoted phrase after "a step it called", an ambassador's
  quotation before his long title, a spokesman's account "said last week" with the
  launches dated apart and his forecast "at the time", investigators' hedged finding
  "said on Saturday", a joint statement's quoted phrase "on Tuesday", a quoted denial
  and charge, a standing denial under "have repeatedly rejected" and the agency's own
  background, so that Reuters is the last hop of all it relays; Newsroom on the new
  sanctions monitoring team, with a minister's quoted phrase after "with ... saying" in
  the lead, the outlet's own background after "seven months after", a joint statement's
  announcement and its quoted charge after "and accused", a minister's two-sentence
  quotation, a defence force's announcement, a spy agency's charge "On Friday", a
  spokeswoman's quoted word "on Thursday" "according to the state news agency TASS", the
  outlet's own judgement and a ministry spokesperson who "told Newsroom" (the publisher
  itself); datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and most acts carried by the words behind a neutral verb), written at the
  round's end, measured on ``ac92585`` and again on the round's final code after a last
  change to the rules (the same figures), its misses never printed (blind); then read in
  the round that wrote ``test78`` .. ``test85`` (its misses printed and worked on).
- ``test72``: a seventy-second held-out set in ``bench/extract_test72/`` (ordinary news
  reports: The Jordan Times running AFP copy on the Vostochny summit, with "VOSTOCHNY,
  Russia \u2014", a quoted word "said on Wednesday" in the lead, a two-sentence
  quotation "told Russian state television", a reply after a colon, a leader's quoted
  phrase and his quoted pledge "Kim added", KCNA's account "reported on Thursday", a
  standing denial by both states under "deny", the agency's own background on the failed
  satellite launches and a quotation split around "told AFP", so that AFP is the last
  hop of all it relays; the Kuwait Times running Reuters copy on the UN monitors'
  finding on the Kharkiv missile, with a lead ending "in a report seen by Reuters" and
  the strike dated apart, a hedged "most likely", a quotation "the monitors wrote", an
  ambassador's quoted word "at the time", a standing denial and a pledge "last year" of
  two states in one sentence, a prosecutor who "told Reuters in February" and a quoted
  phrase "earlier this month"; the Oman Observer running AFP copy on the Pyongyang
  treaty, with state media's quoted clause "said on Thursday", a president's "does not
  exclude" with no condition, a leader's quoted word and quoted pledge, a quoted warning
  before a long title, "He added that" with a quoted word, a spokesman's quoted concern
  and the agency's own background on the 1961 treaty; the Saudi Gazette on Shoigu in
  Pyongyang, with a lead ending "state media reported on Thursday", "TASS quoted Shoigu
  as telling his North Korean counterpart", a hedged quoted phrase, a secretary's quoted
  phrase "speaking in Wellington on Thursday", the White House's charge "in December"
  and a ministry's quoted denial, "Analysts say" and the paper's own background on the
  sanctions; The Tribune running PTI copy on North Korean losses in Kursk, with "Seoul,
  Dec 19 (PTI)", a lead ending "South Korean lawmakers said on Thursday, citing the
  country's spy agency", "Lee quoted NIS officials as saying", a lawmaker's account of
  the agency's belief, losses dated apart, a quoted word "earlier this week" and the
  agency's account of a silence beside a spokesman's standing position, so that PTI is
  the last hop of all it relays; Mint on the failed satellite launch and Russian help,
  with "KCNA quoted a deputy director-general ... as saying", Seoul's earlier charge
  after "a launch that", an unnamed military official "on Tuesday" with "likely", two
  leaders' call and warning in one sentence, a pledge "last September" and a fellow who
  "told Reuters"; the Deccan Chronicle running AP copy on North Korean missiles fired at
  Ukraine, with "Washington:", a lead ending "the White House said Thursday", launches
  dated apart with "he said" at the end, "He added that", "In return, ..., Kirby said",
  an unnamed senior official's forecast and a standing denial by both states, so that AP
  is the last hop of all it relays; the Pakistan Observer on Lavrov in Pyongyang, with
  curly quotation marks, a two-sentence quotation "according to Russia's TASS news
  agency", "He accused" with a quoted word, "said Moscow would never again" (a pledge),
  a leader's quoted pledge "according to North Korea's official KCNA news agency", the
  White House's charge "last week", a quotation "said at the time", the Kremlin's
  standing denial and the paper's own account of a silence; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, measured on ``ac92585``
  and again on the round's final code after a last change to the rules (the same
  figures), its misses never printed (blind); then read in the round that wrote
  ``test78`` .. ``test85`` (its misses printed and worked on).
- ``test73``: a seventy-third held-out set in ``bench/extract_test73/`` (ordinary news
  reports: the National Post running AP copy on the text of the Pyongyang treaty, with
  "SEOUL, South Korea (AP) \u2014", a lead with a quoted phrase ending "North Korea's
  state media said Thursday", the agency's own judgement under "could mark", "According
  to the official Korean Central News Agency," a leader's quoted phrase "KCNA quoted Kim
  as telling Putin", a president's quoted warning "Speaking to reporters in Hanoi on
  Thursday" and "He added that" with a quoted threat, an adviser's quoted plan "Earlier
  Thursday" and a standing accusation and a standing denial by both states, so that AP
  is the last hop of all it relays; The Washington Free Beacon on Russia's veto of the
  UN panel of experts, with the administration's charge under "says" in a lead narrating
  the veto, an ambassador's quoted phrase "Before the vote", a quotation with a long
  title "said in a statement after the vote", a quoted comparison, the panel's report
  "made public earlier this month" with a strike dated apart, the White House's charge
  "in January", a standing denial under "deny" and a lawmaker's charge and his call
  "told the Washington Free Beacon" (the publisher itself); The Morning Dispatch of The
  Dispatch on the Vostochny summit, with off-topic Quick Hits, a spokesman's account of
  no agreements "said Wednesday", a president's quoted phrase "Asked by Russian state
  television" and a quotation after "but added:", the outlet's own reading of the venue
  after a colon, a leader's quoted pledge "according to Russian state media", KCNA's
  quoted phrase "On Thursday morning", the outlet's own background and an expert's split
  quotation "told The Dispatch"; DefenseScoop on the Malligyong-1 satellite, with a lead
  ending "deputy press secretary Sabrina Singh said Monday", KCNA's claim "On Tuesday",
  an unnamed senior official's quoted phrase, a staff's assessment "last week", Moscow's
  standing denial, a spokesperson's quoted phrase "in a statement to DefenseScoop" and
  an analyst's split quotation whose closing sentence is a forecast of its own; a
  National Interest commentary before the summit, with officials' account that "the New
  York Times reported on Monday, citing U.S. and allied officials", "the officials
  said", the author's own account of a silence, a spokesperson's quotation "said on
  Monday", a coordinator's account "last week" of a visit "in July", state media's
  quoted phrase, a standing denial under "has long insisted" and the author's own
  judgements, forecast and call; Federal News Network on Treasury and State sanctions,
  with a lead ending "the Treasury Department said Thursday as it imposed sanctions on
  them", "Treasury says" inside a sentence, a quotation with a long title after the
  name, a spokesman's quoted pledge, US officials' standing charge under "say", a
  standing denial by both states, the outlet's own background on the panel, a former
  official who "told Federal News Network" (the publisher itself) and "He added that" a
  call; a news page of Ukraine's Ministry of Defence on its minister in Seoul, with a
  lead dated "On 27 November", "russia" in lower case, "According to him,", a
  three-sentence quotation before "the Minister stressed", "according to Rustem Umerov,"
  inside a sentence, a president's position after "noted that", a pledge under "assured
  that" carried by "would not remain indifferent", the ministry's own statement on its
  own page and "As a reminder, ... earlier reported"; Euromaidan Press on North Korean
  losses in Kursk, with a lead ending "Ukraine's military intelligence (HUR) reported on
  14 December", "According to HUR,", a quotation "he said" after a sentence dating the
  address, "He added that", an unnamed US official's quoted phrase that "Reuters
  reported", the outlet's own account of a silence, a vice minister's quoted phrase "In
  October" "in a statement carried by the state news agency KCNA", an official who
  "wrote on Telegram" and a think tank that "assessed on 16 December"; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most
  acts carried by the words behind a neutral verb), written at the round's end, measured
  on ``ac92585`` and again on the round's final code after a last change to the rules
  (the same figures), its misses never printed (blind); then read in the round that
  wrote ``test78`` .. ``test85`` (its misses printed and worked on).
- ``test74``: a seventy-fourth held-out set in ``bench/extract_test74/`` (ordinary news
  reports: The Local France running AFP copy on North Korean troops in Kursk, with
  "Paris (AFP) -", a lead ending "French Foreign Minister Jean-No\u00ebl Barrot said on
  Tuesday", a quoted phrase "Speaking to France Inter radio", a pledge after "he added",
  a president who "said late on Monday", a NATO chief's quoted phrase "last week", a
  minister's quoted pledge "on Friday" that "Russian news agencies reported", the
  agency's own account of a silence, a president's position "last month", a standing
  dismissal by both states and a researcher's quotation after "told AFP:", so that AFP
  is the last hop of all it relays; The Connexion on the Pyongyang treaty, with a lead
  whose quoted phrase is undated and the signing dated apart, a ministry's statement
  "published on Thursday" and a quoted phrase before "the statement added", the paper's
  own account of the treaty, a president's quoted warning "Speaking in Hanoi on
  Thursday", a minister's quotation after "told franceinfo on Thursday morning:", a
  standing denial by both states, monitors' finding "In a report seen by Reuters in
  April" and a specialist who told the paper itself; Decode39 on Russia's veto of the UN
  panel of experts, with a lead ending "according to Foreign Minister Antonio Tajani",
  run-in crossheads, the outlet's own account of the veto and its judgement, a quoted
  pledge on the sidelines "on Thursday", an ambassador's quoted charge "before the
  vote", a quoted word, the panel's report "made public earlier this month", a standing
  denial and a standing dismissal in one sentence and a former ambassador who told the
  outlet itself; Agenzia Nova on the Vostochny summit, in run-on paragraphs, with a
  spokesman's account of no agreements that denies "told reporters yesterday, as
  reported by the TASS agency", a two-sentence answer after "Putin replied:" to Rossiya
  1, a split quotation around "Putin added" whose closing sentence does another thing,
  KCNA's quoted phrase "this morning", an adviser's quoted warning "last week", a
  ministry's call that "the Yonhap agency reported" and a quoted phrase "at a press
  conference today"; The Brazilian Report on Putin in Kazan, with a quoted phrase after
  "refused to deny", "He also accused", the outlet's own account of the ratification and
  of a silence, an expectation before "wrote on X on Thursday", a quotation before a
  long title, "According to South Korea's spy agency," a mission's quoted dismissal "on
  Monday" and an analyst's two-sentence quotation told to the outlet itself; the Buenos
  Aires Herald running EFE copy on Shoigu in Pyongyang, with "Seoul, Sep 14 (EFE).-", a
  leader's quoted phrase "on Friday" in a lead ending "KCNA reported on Saturday", an
  envoy's quoted pledge that "Russian state agency TASS reported", the agency's own
  background, a ministry and its spokesperson, and a standing accusation by two states
  with a standing denial by two others in one sentence, so that EFE is the last hop of
  all it relays; Mexico News Daily on Sheinbaum and North Korean troops, with a lead
  ending "said on Thursday", a quotation with a colon inside it, "She added that", an
  embassy's quoted phrase "in a post on X on Wednesday", a minister's hedged quoted
  phrase, two states' standing charge under "say", an ambassador who told the outlet
  itself and an additional-reporting line that is no relay; The Rio Times on the
  Malligyong-1 satellite, with two states' condemnation after "a launch that" in the
  lead, a minister who "had said on Sunday, two days before the launch", a president's
  indication "At a summit ... in September", a prime minister's quoted judgement after
  "called the launch" and a standing denial by both states; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, after the last change to
  the rules, and measured once, on the round's final code, its misses never printed
  (blind); then read in the round that wrote ``test78`` .. ``test85`` (its misses
  printed and worked on).
- ``test75``: a seventy-fifth held-out set in ``bench/extract_test75/`` (ordinary news
  reports: RTHK English running Reuters copy on the Vostochny summit, with the HKT time
  stamp and share lines, a lead ending "President Vladimir Putin said on Wednesday", a
  two-sentence quotation after a colon "Asked by Russian state television", a quoted
  phrase on compliance, a spokesman's account of no agreements, a leader's quoted phrase
  and quoted pledge "according to Russian state media", an adviser's quoted warning
  "last week", a standing denial by both states and the closing "- Reuters", so that
  Reuters is the last hop of all it relays; the Macau Daily Times running AP copy on
  North Korean troops in Kursk, with "KYIV, Ukraine (AP) \u2014", a lead ending "said in
  an interview broadcast Tuesday", a quotation before "told South Korean public
  broadcaster KBS, adding that" a forecast, a president's quotation "in his nightly
  video address on Tuesday", a spokeswoman's quoted phrase "said Monday", two states'
  officials' standing charge under "say", the agency's own account of the Kremlin's
  silence and a president's quoted phrase "last month"; The China Post running AFP copy
  on Russia's veto of the UN panel of experts, with "United Nations (United States)
  (AFP) -", Washington's charge after "as" in a lead narrating the veto, an ambassador's
  two quoted phrases "on Thursday", a quotation "said in a statement", the panel's
  report "made public earlier this month", a ministry's quoted regret, a minister's
  quoted phrase "said Friday" and a standing denial under "have rejected"; Sixth Tone on
  Beijing and the Pyongyang treaty, with a lead with a quoted phrase after "saying on
  Thursday", "declined to say" that is no claim, "Lin added", the outlet's own
  background on China's 1961 pact, a professor who told the outlet itself, a state-run
  paper's editorial "on Thursday" with a charge and a warning, a president's quoted
  warning "Speaking in Hanoi on Thursday" and users' questions that are no claim; NTV
  News24 on North Korean missiles in Ukraine, with a lead "in a joint statement released
  on Tuesday", the statement's quoted words, a secretary's charge and pledge "At a press
  conference on Wednesday", the White House's charge "last week" with strikes dated
  apart, a minister's quoted phrase "told reporters on Tuesday" and a denial and a
  charge as standing positions; Asia Financial running Reuters copy on Russian oil for
  North Korea, with a lead ending "according to an analysis of satellite imagery by a
  British research group", a spokesman's quoted phrase "said on Friday", a deputy
  secretary's charge and hedged forecast "earlier this month", a spy agency's standing
  estimate, an Also on AF teaser and the editing credit; a Korea.net page of the Korean
  government's portal on the Malligyong-1 launch, with the North's claim under "what it
  claimed was" in a lead narrating the day's suspension, a quotation before "Han said,
  calling the launch" a quoted phrase, "According to the Joint Chiefs of Staff (JCS),"
  with a launch dated apart, a minister's suspicion "In an interview with broadcaster
  KBS on Nov. 19", KCNA's report "on Nov. 22" with "adding that" a quoted pledge and the
  portal's own background; an East Asia Forum commentary on Kursk and the treaty, with
  the In Brief summary, single curly quotation marks, an intelligence agency's account
  "on 14 December", a vice minister's quoted phrase "in October", a leader's quoted
  pledge "according to the Korean Central News Agency", a secretary's quotation before
  "said in October" and the author's own judgements, forecast and call; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most
  acts carried by the words behind a neutral verb), written at the round's end, after
  the last change to the rules, and measured once, on the round's final code, its misses
  never printed (blind); then read in the round that wrote ``test78`` .. ``test85`` (its
  misses printed and worked on).
- ``test76``: a seventy-sixth held-out set in ``bench/extract_test76/`` (ordinary news
  reports: Eurasianet on the Vostochny summit, with a country label in the headline, a
  president's quotation split around "told Russian state television when asked whether",
  a leader's quoted phrase "In a toast broadcast by Russian state television" and his
  quoted pledge "he told Putin", a spokesman's account of no agreements "told reporters
  on Wednesday", KCNA's quoted phrase "said on Thursday", an adviser's quoted warning
  "last week", a standing denial by both states and a professor who told the outlet
  itself; Caspian News on Lavrov in Pyongyang, with a lead with a quoted phrase "on
  Thursday", agreements reached "last month" (an event dated apart), "According to the
  Korean Central News Agency (KCNA)," "Choe also accused ..., the agency said", a charge
  "last week", "did not address the accusation directly" (no claim) before a standing
  denial in a quoted word and a ministry that "on Thursday urged"; bne IntelliNews on
  Russia's veto of the UN panel of experts, with a lead narrating the veto, an
  ambassador's quoted phrase discrediting the panel "on Thursday before the vote", a
  quotation after "said after the vote:", the panel's report "made public earlier this
  month" with a strike dated apart, two states' standing charge under "say", a standing
  denial under "deny" and a ministry's quoted "deep regret" "on Friday"; Daryo on the
  Pyongyang treaty, with a pledge under "have pledged" in a lead ending "North Korean
  state media reported on Thursday", a charge after "Speaking to reporters after the
  talks on Wednesday, Putin said:", an aide's denial "told reporters in Moscow on
  Tuesday, Russian news agencies reported", a quoted warning "Speaking in Hanoi on
  Thursday" and "He added that" a quoted threat, and a standing denial by "Both
  countries" of "Western accusations"; 24.kg on North Korean troops in Kursk, with a
  lead ending "the Pentagon said" with no date, a quotation after a sentence that only
  introduces it, a minister who "told the South Korean broadcaster KBS", the agency's
  own account of a silence, a quoted pledge "Visiting Moscow on Friday", "said at the
  same talks" and a quoted phrase under "believed" "last week"; AKIpress on Shoigu in
  Pyongyang, with "AKIPRESS.COM -", a lead ending "reported on Thursday", a quoted
  forecast under "expressed the belief", a quoted phrase under "expressed support for
  what he called", off-topic background and a standing charge and a standing denial in
  one sentence ("charges Pyongyang has rejected"); Belsat on North Korean missiles fired
  at Ukraine, with a lead ending "the White House said on Thursday, citing newly
  declassified intelligence", "According to Kirby," with launches dated apart, a pledge
  under "said", a ministry's quoted "strongly condemns", an intelligence chief who "told
  Ukrainska Pravda" "In December" and the editor's code "ms/belsat.eu"; Charter97 on the
  Malligyong-1 satellite, with a spy agency's belief in a lead ending "a South Korean
  lawmaker said on Thursday, citing a briefing by the National Intelligence Service", a
  quotation ending "Yonhap reports", an estimate "Earlier this month", "The agency added
  that" with a quoted phrase, a pledge "At his summit with Kim ... in September", a
  standing position under "has repeatedly said" and a fellow who "told Reuters";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written at the round's end,
  after the last change to the rules, and measured once, on the round's final code, its
  misses never printed (blind); then read in the round that wrote ``test78`` ..
  ``test85`` (its misses printed and worked on).
- ``test77``: a seventy-seventh held-out set in ``bench/extract_test77/`` (ordinary news
  reports: i News on North Korean casualties in Kursk, with a lead ending "the Pentagon
  has said", a two-sentence quotation before "told reporters on Monday, adding that"
  with a quoted phrase, an unnamed senior official's quoted estimate "at a separate
  briefing on Monday", a caption whose second sentence asserts a figure, a president's
  charge and quoted word "on Monday evening", the paper's own account of a silence, a
  Defence Secretary who "told the Commons last month" and a specialist who "told i" (the
  publisher itself); The Herald on the Vostochny summit, with a capitalised first word,
  a lead dated "yesterday", a split quotation "told Russian state media" whose closing
  sentence is a claim of its own, a spokesman's account of no agreements that denies, an
  adviser's quoted warning "Earlier this month" on a condition, a quotation after
  "said:", a standing accusation and a standing denial in one sentence and a lecturer
  who "told The Herald:"; Metro on the Pyongyang treaty, with single quotation marks, a
  lead ending "the Russian president has said", a quoted clause "Speaking after the
  talks on Wednesday", "He added:" with a quoted pledge, a charge with "which he said"
  inside it and two states' standing accusation and two states' standing denial under
  "which both countries deny"; The Mirror on North Korean missiles fired at Ukraine,
  with a lead ending "the White House has claimed", a spokesman who "told reporters
  today", "He added:" with a quoted pledge, a strike dated apart, a standing dismissal
  with a quoted word, the paper's own account of a silence and a minister who "wrote on
  X on Thursday:" two sentences doing two things; Vox on Russia's veto of the UN panel
  of experts, with curly quotation marks, the US charge after "a move the US said" in a
  lead narrating the veto, two quoted phrases "Before the vote" that discredit the
  panel, the author's own judgement, the panel's finding "made public earlier this
  month", a quotation before a long title, Moscow's standing call under "has argued for
  years" and a former coordinator who "told me"; The Week on the Malligyong-1 satellite,
  with "What happened", "Who said what" and "What next?", a military's account that
  "Yonhap news agency reported", a minister who "told KBS on Sunday", an analyst who
  "told The Washington Post", a newspaper's quoted judgement and Moscow's standing
  denial; Forbes on Shoigu in Pyongyang, with "Topline", "Key Facts", "Crucial Quote"
  and "Big Number", a lead ending "Russia's state-run RIA Novosti news agency reported",
  a council's quoted phrase "in a statement on Telegram", a quoted phrase "according to
  TASS", a quotation "broadcast by Russian state television, according to Reuters", a
  figure a minister "said in February" and a standing denial under "which both countries
  have denied"; Yahoo News running AFP copy on Lavrov in Pyongyang, with the dateline
  "Seoul (AFP) -", a quotation "according to Russian news agencies", a quoted word after
  "what he called", a minister's quoted phrase that KCNA reported, the White House's
  charge "Last week", a standing denial and a quoted dismissal in one sentence, a
  ministry's quoted warning that "Yonhap news agency reported" and a researcher who
  "told AFP", so that AFP is the last hop of all it relays; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's end, after the last change to
  the rules, and measured once, on the round's final code, its misses never printed
  (blind); then read in the round that wrote ``test78`` .. ``test85`` (its misses
  printed and worked on).
- ``test78``: a seventy-eighth held-out set in ``bench/extract_test78/`` (ordinary news
  reports: The Japan News from the Yomiuri on North Korean missile transfers, with a
  headline in two parts, a lead with "on Wednesday" before the verb and a quoted phrase,
  "He added that" with a pledge, a joint statement "released ... on Tuesday" with its
  quotation after "said the transfers", the White House "last week" with the strikes
  dated apart, prosecutors "said Saturday" with "likely", a minister who "told reporters
  in Kyiv on Sunday" and a standing denial by both states; Global News running The
  Canadian Press copy on the Halifax security forum, with "HALIFAX \u2014", a lead
  ending "Defence Minister Bill Blair said Saturday", a split quotation whose closing
  sentence is a pledge of its own, the Pentagon "earlier this month", an ambassador "on
  Friday", an unnamed senior official's belief, the agency's own account of a silence
  beside Russian officials' standing dismissal and a lecturer who "told The Canadian
  Press", so that the agency is the last hop of all it relays; the New Statesman on the
  Pyongyang treaty, with "Speaking after the talks on Wednesday (19 June)", "Kim went
  further, saying that", the magazine's own judgement after a colon, an estimate "in
  February", a "[See also: ...]" teaser, the Kremlin's standing position under
  "insists", a quoted phrase after "calling the pact" and a quotation after "said:";
  Guardian Australia on the Melbourne ministers' meeting, with a lead ending "the
  foreign minister, Penny Wong, has said", a split quotation carrying one point, four
  ministers' quoted condemnation "In a joint statement", the panel's report "made public
  in March", an embassy's quoted charge and a lecturer who "told Guardian Australia";
  The Courier-Mail running AAP copy on Shoigu at the Pyongyang parade, with a lead
  ending "state media says", "KCNA quoted Kim as telling", a quoted phrase that "Russian
  news agencies reported", a standing charge under "says" and a standing denial under "a
  charge both countries deny" and a specialist who "told AAP", so that AAP is the last
  hop of all it relays; HuffPost on the Vostochny summit, with a second speaker's claim
  after "where the Russian leader suggested" in the lead, a split quotation "according
  to Russian state media" whose closing sentence is a pledge, a spokesperson who "told
  Russian news agencies on Tuesday", the White House's quoted phrase "last month" and
  Pyongyang's standing denial; The Intercept on the evidence for North Korean troops in
  Kursk, with curly quotation marks, a lead ending "Secretary of State Antony Blinken
  said Thursday", a quoted word "said on Wednesday", "South Korean lawmakers said last
  week, citing the country's spy agency", the outlet's own account of the missing
  evidence and of a silence, a president's quoted phrase "last week" and a fellow who
  "told The Intercept"; Mother Jones on the new sanctions monitoring team, with a quoted
  phrase "said Wednesday" and "He added that", eleven countries' plan "In a joint
  statement", the magazine's own background and judgement on the panel, an
  administration's standing charge and a standing denial by both states and an embassy's
  quoted word; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written at
  the round's start, before any change of the round, and measured nine times: at first
  sight on the round's starting code (``6fe9530``), seven times during the round (three
  of them to compare weights of the learned act) and on its final code, its misses never
  printed (blind); then read in the round that wrote ``test86`` .. ``test93`` (its
  misses printed and worked on).
- ``test79``: a seventy-ninth held-out set in ``bench/extract_test79/`` (ordinary news
  reports: Novinite on the Pyongyang treaty, with a lead with a quoted phrase ending
  "the Korean Central News Agency (KCNA) said on Thursday" and the signing dated apart,
  "He added that" with a quoted "does not exclude" and no condition, a leader's quoted
  assessment and quoted pledge in one sentence, a standing denial under "which both
  Moscow and Pyongyang deny", a caretaker prime minister and foreign minister's quoted
  warning "on Thursday" ending "BTA reported" and an analyst who "told Bulgarian
  National Television (BNT)"; Postimees on North Korean troops in Kursk, with a lead
  ending "told Postimees" (the publisher itself), a split quotation around "said in an
  interview on Tuesday", "According to the service,", a minister's reported assessment
  and his quotation "on Wednesday", a forecast inside a ministry's account "on Monday",
  the paper's own account of a silence, Russian officials' standing position and a
  quoted pledge "in Moscow on Friday, after talks with ..."; IPN from its public debate
  series, with a lead ending "stated in a public debate hosted by IPN News Agency", a
  quotation before "said the expert", a quotation after "Asked by Russian journalists
  whether ..., Putin answered:", a quoted phrase ending "RIA Novosti reported", a
  spokesman's account of no documents that denies, a quoted charge a minister "wrote on
  X on Thursday", a name with Romanian diacritics and the series boilerplate with quoted
  titles; Georgia Today running AP copy on Shoigu at the Pyongyang parade, with "SEOUL,
  South Korea (AP) \u2014", a lead ending "state media reported Friday", the parade
  dated apart, a quoted phrase "during talks on Wednesday" carried by KCNA, a quoted
  phrase that "Russia's state news agency RIA Novosti reported" and a spokesperson's
  quoted phrase under "believed", so that AP is the last hop of all it relays;
  Interpressnews on Blinken and space technology for Pyongyang, with a headline "Name -
  quotation", a lead dated "today", quotations followed by ", - Blinken said." and ", -
  the Secretary of State noted.", "According to him," with "may", a conditional
  quotation, a joint statement of two states and an ambassador's quoted dismissal
  "yesterday"; Agenda.ge on Russia's veto of the UN panel of experts, with the
  "Agenda.ge, date - time, Tbilisi,Georgia" line, an ambassador's quoted phrase
  discrediting the panel, a state's charge with no date, a quotation with "today" inside
  it before "said in a statement", the panel's account "In a report made public earlier
  this month" and Moscow's standing call and a standing denial in one sentence; Azernews
  on North Korean arms for the Wagner Group, with a lead ending "said on Thursday,
  Azernews reports", a delivery dated apart "last month" after "According to Kirby,", a
  split quotation whose closing sentence is a claim of its own, "He added that ... and
  that ..." with two acts, a quoted dismissal that KCNA "quoted a ministry spokesperson
  as saying" and a ministry's warning ending "Yonhap reported"; Report.az on North
  Korea's failed satellite launch, with a lead ending "Report informs, referring to the
  Korean Central News Agency (KCNA)", a finding "according to the agency", a launch
  dated apart "at 10:44 p.m. local time on Monday", an unnamed military official "on
  Tuesday", a quoted call on a condition, a pledge "in September last year" and a
  standing denial under "has repeatedly denied"; datelines, leads with the attribution
  at the end, split quotations, relays, unnamed officials and plural bodies, long titles
  before names, relative dates and events dated apart from statements, standing denials,
  page furniture, the outlets' own background and most acts carried by the words behind
  a neutral verb), written at the round's start, before any change of the round, and
  measured nine times: at first sight on the round's starting code (``6fe9530``), seven
  times during the round (three of them to compare weights of the learned act) and on
  its final code, its misses never printed (blind); then read in the round that wrote
  ``test86`` .. ``test93`` (its misses printed and worked on).
- ``test80``: an eightieth held-out set in ``bench/extract_test80/`` (ordinary news
  reports: Vanguard running AFP copy on the US confirmation of North Korean troops in
  Russia, with curly quotation marks, "Rome (AFP) \u2013", a lead ending "said
  Wednesday" with a quoted warning after "warning that", a two-sentence quotation before
  "told reporters in Rome", a belief the White House "said it believed", a spy agency's
  figures "according to lawmakers", a demand "On Monday" that "Seoul's foreign ministry
  said", a mission's quoted dismissal "earlier this week", the agency's own account of a
  silence and a director who "told AFP", so that AFP is the last hop of all it relays;
  The Punch on the Pyongyang treaty, with a leader's quoted word after "hailing the
  agreement as", a quotation after "told a joint news briefing:", a quoted "does not
  exclude" with no condition that "AFP reported", a quoted charge and a call that "TASS
  news agency reported", a spokesman described before his long title and a standing
  accusation and a standing denial by both states in one sentence; The Citizen
  (Tanzania) running Reuters copy on the munitions containers, with a "What you need to
  know:" summary, the dateline "Seoul.", a lead with no date, a hedged "could hold"
  before "told reporters on Monday", a claim before "Shin said, adding that" and a
  belief after it, monitors' report "Earlier this month" "seen by Reuters" and a
  prosecutor general who "said last week", so that Reuters is the last hop of all it
  relays; The Star (Kenya) on North Korean arms for Wagner, with the "In Summary"
  bullets, a lead under "says" with no date, a delivery dated apart from the spokesman's
  "on Thursday", an assessment and a concern in one quotation, "He said" with a charge
  and a plan, a founder's quoted dismissal, a quoted denial and a quoted dismissal in
  one sentence "according to the state news agency KCNA", a charge dated "In November"
  and off-topic background on Kenya; The New Times (Rwanda) from agencies on the
  Vostochny summit, with a leader's quoted pledge "on Wednesday", a pledge before "Putin
  told Russian state television", a quotation after "but added:", KCNA's quoted phrase
  "said on Thursday" and a standing denial by both states; The Namibian running AP copy
  on the spy satellite, with a lead ending "South Korean lawmakers said Thursday",
  "quoted leader Kim Jong Un as saying" with "which it said" inside it, a split
  quotation of an unnamed senior official, a president's quoted hint dated "in
  September" and a standing position under "has repeatedly said", so that AP is the last
  hop of all it relays; IOL on Shoigu in Pyongyang, with a lead ending "state media
  reported on Thursday", "TASS news agency quoted Shoigu as telling ... on Wednesday",
  analysts' reading after "that analysts said", a standing charge and a standing
  rejection in one sentence, unnamed officials' watch and a professor who "told AFP";
  TimesLIVE running Reuters copy on the first clashes in Kursk, with "KYIV, Nov 4
  (Reuters) -", a lead ending "said in an interview with South Korean public broadcaster
  KBS aired on Monday", a president's figure and quoted charge in one sentence, a
  minister's quoted pledge "on Friday" that "Russian state media reported", the agency's
  own account of a non-denial, a position "last month" and a hedged estimate "last
  week", so that Reuters is the last hop of all it relays; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's start, before any change of
  the round, and measured nine times: at first sight on the round's starting code
  (``6fe9530``), seven times during the round (three of them to compare weights of the
  learned act) and on its final code, its misses never printed (blind); then read in the
  round that wrote ``test86`` .. ``test93`` (its misses printed and worked on).
- ``test81``: an eighty-first held-out set in ``bench/extract_test81/`` (ordinary news
  reports: Jakarta Globe running Reuters copy on the first clashes with North Korean
  troops in Kursk, with "Kyiv.", a lead ending "told South Korean public broadcaster KBS
  in an interview aired on Tuesday", a split quotation whose closing sentence is a claim
  of its own, a press secretary's quoted prediction after "she said", the agency's own
  account of a silence, a standing dismissal with a quoted phrase and a president's
  position "last month" in one sentence and a minister's quoted pledge "according to
  Russian state media", so that Reuters is the last hop of all it relays; Tempo English
  on the Vostochny summit, with "TEMPO.CO, Jakarta -", a lead ending "told Russian state
  television on Wednesday", a quotation before "Reuters quoted Putin as saying", a
  quoted pledge that "the RIA news agency reported", a quoted phrase dated "late last
  month", a spokesperson who "told Tempo" (the publisher itself) and a professor's
  quotation "as quoted by Antara"; The Manila Times running AFP copy on Seoul's summons
  of the Russian envoy, with a president's quoted warning in a lead narrating the
  summons, a conditional quotation in two sentences, a charge and a quoted call in one
  sentence ending "the foreign ministry said in a statement", an ambassador's quoted
  charge that RIA Novosti reported, an unnamed official's quoted phrase with a step on a
  condition set for Moscow and two states' standing accusation and denial under "which
  ... deny", so that AFP is the last hop of all it relays; BusinessWorld running Reuters
  copy on munitions containers, with "SEOUL \u2014", a quotation before "Mr. Shin said",
  "He added that" with "likely", a request for comment that is no claim, unnamed
  officials' standing charge, a spokesperson who "told Reuters this month" with the
  strikes dated apart and a probe "diplomats said" in mid-sentence, so that Reuters is
  the last hop of all it relays; VOV on Shoigu in Pyongyang, with "VOV.VN -", a lead
  ending "the Korean Central News Agency (KCNA) reported on July 27", "According to
  KCNA," with a quoted phrase, a ministry's quoted phrase "in a statement on July 25",
  "was quoted by Sputnik as saying" and a spokesperson's quoted phrase "at a regular
  briefing on July 26"; Nhan Dan running VNA copy on the Pyongyang treaty's entry into
  force, with "NDO -", a lead ending "the Russian Ministry of Foreign Affairs announced
  on December 4", "According to the ministry,", "was quoted by TASS as saying", the
  agency's own background, a minister's quoted phrase "said last month, after talks" and
  two states' allegation with the agency's own account of a silence in one sentence, so
  that VNA is the last hop of all it relays; Frontier Myanmar on Russia's veto of the UN
  panel of experts, with curly quotation marks, a lead ending "analysts say", the
  panel's findings with the military's standing denial after "allegations", a quoted
  phrase after "likened the veto to", the panel's final report "circulated to council
  members in March" with the strike dated apart, a spokesperson's quoted phrase "in
  February" and an anonymous analyst; Myanmar Now on the Vladivostok meeting and the
  first shell purchases, with Washington's charge dated "a day after" in a lead
  narrating Wednesday's talks, an unnamed official's prediction, a quotation before a
  deputy ambassador's long title, "has not commented" that is no claim, a junta
  spokesperson who "told Russia's Sputnik news agency on Wednesday" a quoted denial and
  a spokesperson who "told Myanmar Now"; datelines, leads with the attribution at the
  end, split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written at the round's start, before any change of the round, and
  measured nine times: at first sight on the round's starting code (``6fe9530``), seven
  times during the round (three of them to compare weights of the learned act) and on
  its final code, its misses never printed (blind); then read in the round that wrote
  ``test86`` .. ``test93`` (its misses printed and worked on).
- ``test82``: an eighty-second held-out set in ``bench/extract_test82/`` (ordinary news
  reports: The Hindu BusinessLine running Reuters copy on the Vostochny summit, with the
  Reuters dateline, a lead ending "President Vladimir Putin said on Wednesday", a
  quotation after "replied:" to a question by Russian state television, a split
  quotation whose closing sentence carries on the same point, a leader's quoted phrase
  and his quoted pledge "according to a Russian translation of his remarks", a quotation
  after "but added:", a spokesman's account of no agreements that denies and a standing
  accusation and a standing denial in one sentence; Frontline on the Pyongyang treaty,
  with a leader's quoted phrase after "described as", the treaty's quoted clause in a
  text published by KCNA "on June 20", crossheads, the magazine's own background on the
  1961 and 2000 treaties, two states' standing accusation and two states' standing
  denial, a lecturer's split quotation, an adviser with his long title who "told
  reporters on June 20" and a quoted warning "he said on June 20" with the magazine's
  own reading after it; Outlook India on North Korean troops in Kursk, with the "Summary
  of this article" bullets, a lead ending "said on Monday", a deputy press secretary
  with her title before the name, a president who "had said on Saturday", a spy agency
  that "told lawmakers last week", the magazine's own account of a silence, a
  spokesman's quoted phrase and a vice minister's conditional quoted phrase "in a
  statement carried by the state-run KCNA news agency"; The New Indian Express running
  AFP copy on Russia's veto of the UN panel of experts, with the panel's earlier
  statement after "weeks after" in a lead narrating the veto, an ambassador's quoted
  word and his quotation discrediting the panel, a deputy ambassador's quoted charge, an
  ambassador's quoted simile, Washington's standing charge under "says" and a standing
  denial by two states, so that AFP is the last hop of all it relays; The Statesman
  running IANS copy on North Korean shells, with a lead with "is believed to" ending
  "told lawmakers on Wednesday, Yonhap news agency reported", a statement "according to
  Rep." a lawmaker, "Yoo quoted the NIS as saying", a president's pledge inside the
  agency's account of the summit "in September", the White House's charge "last month",
  a spokesperson "on Tuesday" and "He added that", so that IANS is the last hop of all
  it relays; The Pioneer running AP copy on Shoigu at the Pyongyang parade, with a lead
  ending "state media reported Friday", KCNA's quoted phrase, "The agency quoted Kim as
  saying", a minister's account "according to Russian state media" and his quotation "in
  remarks broadcast by Russian state television", unnamed experts under "Experts say"
  and a ministry that "said Friday", so that AP is the last hop of all it relays; The
  Asian Age running AFP copy on Kim Yo Jong's denial, with "Seoul:", a lead with "on
  Friday" before the verb, a quoted word and a "saying" clause, a quotation "in a
  statement carried by the official Korean Central News Agency", three states' standing
  accusation, Moscow's standing denial and a panel's finding with its mandate's end
  dated apart, so that AFP is the last hop of all it relays; The Economic Times running
  Reuters copy on North Korean missiles fired at Ukraine, with the Synopsis, a lead
  ending "told Reuters on Tuesday", a split quotation whose closing sentence is a claim
  of its own, "He added that", three states' quoted phrase "in a joint statement last
  month" and unnamed military analysts under "say", so that Reuters is the last hop of
  all it relays; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and most acts carried by the words behind a neutral verb), written
  during the round, apart from the code and without running it, and measured once on the
  round's final code and, for comparison, once on its starting code (``6fe9530``), its
  misses never printed (blind); then read in the round that wrote ``test86`` ..
  ``test93`` (its misses printed and worked on).
- ``test83``: an eighty-third held-out set in ``bench/extract_test83/`` (ordinary news
  reports: The Friday Times on the Vostochny summit, with the "TFT Webdesk" byline, a
  lead with two quoted phrases after "told Russian President Vladimir Putin on
  Wednesday", a quotation after "Putin told Russian state television:", a spokesman's
  account of no agreements that denies, a standing accusation and a standing denial
  under "a charge both governments have rejected" and a professor who "told The Friday
  Times" (the publisher itself); Pakistan Today running AFP copy on Russia's veto of the
  UN panel of experts, with Washington's standing charge after "as the United States
  accuses" in a lead narrating the veto, a two-part quotation whose closing sentence is
  a claim of its own, an ambassador's quoted likeness, the panel's report "made public
  earlier this month" with Kyiv's standing charge after "that Ukraine says" and a
  researcher who "told AFP"; Business Recorder running Reuters copy on Shoigu in
  Pyongyang, with a lead ending "state media said on Thursday", "KCNA news agency quoted
  Kim as telling Shoigu that", a minister's remark that "the TASS news agency reported",
  a standing denial under "has said it has never supplied", an unnamed official's quoted
  word and a quotation split around "said"; Prothom Alo English running Reuters copy on
  North Korean troops in Kursk, with curly quotation marks, a lead ending "said on
  Monday, accusing", a minister who "told South Korean broadcaster KBS", a quoted pledge
  "in Moscow on Friday", the agency's own account of a silence with the Kremlin's
  standing position after "saying" and plural lawmakers who "said last week, citing the
  country's spy agency"; New Age running AFP copy on the Malligyong-1 satellite, with a
  hedged lead ending "told lawmakers on Thursday", a suspicion "according to lawmaker",
  KCNA's quoted phrase with the launch dated apart, "The agency added that", the
  agency's own background with a president's pledge inside it and Moscow's standing
  denial; The Himalayan Times running AFP copy on the Pyongyang treaty, with a leader's
  quoted word after "that Kim said" in a lead narrating the signing, a quoted clause
  "according to Russian news agencies", a ministry's quoted warning "late Wednesday" and
  two states' standing accusation and two states' standing denial in one sentence;
  Republica running AP copy on North Korean munitions containers, with "SEOUL, March
  4:", a hedged estimate a minister "told reporters", a quotation with "appears", the
  White House's charge "in January", a sister's quoted denial "Last month" and a
  standing denial with the agency's own judgement after "which would violate"; the Daily
  FT running Reuters copy on North Korea's first denial, with "SEOUL (Reuters):", a
  denial and a quoted word "said on Thursday" ending "according to state news agency
  KCNA", "KCNA quoted the vice director of ... as saying", a quoted demand before "the
  official added", officials' charge "earlier this month" and a spokesman's quoted
  dismissal; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and most acts carried by the words behind a neutral verb), written during
  the round, apart from the code and without running it, and measured once on the
  round's final code and, for comparison, once on its starting code (``6fe9530``), its
  misses never printed (blind); then read in the round that wrote ``test86`` ..
  ``test93`` (its misses printed and worked on).
- ``test84``: an eighty-fourth held-out set in ``bench/extract_test84/`` (ordinary news
  reports: The Federalist on the Vostochny summit, with curly quotation marks, a lead
  with "said Wednesday" before a pledge, a quotation after "Putin answered:", a leader's
  quoted phrase "according to Russian state media" in a sentence that dates his arrival
  apart, the author's own judgements, a spokesman's quoted warning "said Wednesday" and
  "adding that" with a quoted pledge, a spokesman's quoted dismissal "last week", a
  standing denial and a standing position under "says" in one sentence and a former
  analyst who "told The Federalist"; The New Republic on the Pyongyang treaty, with the
  byline and stamp with slashes, a lead with a quoted phrase ending "warned on
  Thursday", a split quotation "told reporters in Hanoi" whose closing sentence is a
  warning of its own, a leader's quoted phrase "on Wednesday", a long title before a
  name with a quoted word "said Thursday", Washington's standing charge under "says",
  Moscow's under "a charge Moscow has rejected" and a specialist's split quotation whose
  closing sentence is a forecast of its own; Reason on North Korean troops in Kursk,
  with a lead ending "said Tuesday", a press secretary's estimate "told reporters
  Monday" and a quoted phrase after "She said", lawmakers who "said last week, citing
  the country's spy agency", a vice minister's quoted justification "last month"
  "according to the state news agency KCNA", hawks' standing argument under "who argue",
  a senator's quoted charge "in a statement last week" and a fellow who "told Reason";
  The Epoch Times on munitions containers, with a lead ending "according to South
  Korea's defense minister", a split quotation before "Shin said", a prosecutor general
  "earlier this month", "Kostin said," inside a sentence, a panel's inquiry that
  "Reuters reported earlier this month, citing a confidential report" with the strike
  dated apart, a standing denial by both states and a contributed-to line that is no
  relay; The Daily Signal on Austin's confirmation of North Korean troops in Russia,
  with a lead ending "said Wednesday", "He added that" with a quoted phrase, a
  spokesman's assessment with the moves dated apart, lawmakers who "said Wednesday,
  citing the country's spy agency", an ambassador's quoted dismissal "on Monday", the
  outlet's own account of a silence, a long title before a name with a quotation after
  "told The Daily Signal:" whose two sentences do two things and the "We Hear You"
  notice; the Washington Monthly on North Korean arms for Wagner, with a lead dating the
  administration's charge "Last week", "According to" a coordinator with the delivery
  dated apart, a split quotation "on Thursday" whose closing sentence voices concern, a
  founder's quoted dismissal in a press-service statement, a ministry's quoted denial
  "on Friday" "in a statement carried by the official Korean Central News Agency", the
  author's own judgement and call and a former panel member who "told me"; Salon running
  AP copy on Shoigu in Pyongyang, with "SEOUL, South Korea (AP) \u2014", a lead ending
  "state media said Thursday", a quoted phrase with the talks dated apart, "KCNA quoted
  Kim as telling", a quotation "according to Russian state media", the agency's own
  judgement under "could signal", a spokesperson's quoted word "said Wednesday" and a
  standing accusation and a standing denial by both states, so that AP is the last hop
  of all it relays; The Daily Caller on North Korea's failed satellite launch, with a
  lead ending "the country's state media reported" with the explosion dated apart, a
  title with no name "said in a statement carried by the Korean Central News Agency
  (KCNA)", a staff that "said Tuesday", an unnamed official who "told reporters" in what
  "Yonhap news agency reported", the outlet's own background with a president's pledge
  inside it, a spokesman who "condemned the launch Monday, saying" a quoted phrase, an
  analyst who "told the Daily Caller News Foundation" and "Keel added that" with
  "likely"; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and analysis and most acts carried by the words behind a neutral verb),
  written during the round, apart from the code and without running it, and measured
  once on the round's final code and, for comparison, once on its starting code
  (``6fe9530``), its misses never printed (blind); then read in the round that wrote
  ``test86`` .. ``test93`` (its misses printed and worked on).
- ``test85``: an eighty-fifth held-out set in ``bench/extract_test85/`` (ordinary news
  reports: Mehr News Agency on Kim Jong Un's tour of the Russian Far East, with "TEHRAN,
  Sep. 17 (MNA) \u2013", a lead ending "Russia's Defense Ministry said on Saturday",
  "according to the ministry", a quotation before "the RIA Novosti news agency quoted
  Shoigu as saying", KCNA's quoted phrase "on Sunday", a warning after a long title
  "said on Friday", a standing charge and the two governments' standing rejection in one
  sentence and an expert who "told Mehr News Agency:"; Middle East Monitor on Russia's
  veto of the UN panel of experts, with an ambassador's quotation "before the vote", a
  charge "after the vote on Thursday", the panel's report "submitted to the council
  earlier this month", a quotation after a colon, Western diplomats' account and two
  states' standing accusation and two states' standing denial in one sentence; Egypt
  Independent on the Pyongyang treaty, with a lead ending "North Korean state media
  reported Thursday", a treaty article after "reads:", a leader's quoted phrase and
  "said North Korea would never waver" (a pledge) in one sentence, a presidential
  office's quoted phrase and a press secretary's after a long title; Morocco World News
  on Shoigu in Pyongyang, with "Rabat \u2013", a lead ending "state media reported on
  Thursday", a hedged quotation "in remarks broadcast by Russian state television", "He
  added that" with a quoted phrase, the White House's charge "In December" with
  Pyongyang's quoted dismissal and a researcher's split quotation; The Local Switzerland
  running Keystone-SDA copy on Swiss sanctions over North Korean troops, with "Bern
  (Keystone-SDA) -", a lead ending "said on Friday", a two-sentence quotation "wrote on
  X", a minister who "told Swiss public broadcaster SRF on Thursday", figures after
  "According to", an embassy's quoted phrase that "TASS reported", the agency's own
  account of a silence and a researcher who "told Keystone-SDA", so that Keystone-SDA is
  the last hop of all it relays; The Local Austria running APA copy on the Malligyong-1
  launch, with a lead with a quoted phrase ending "said on Wednesday", "the ministry
  added in a post on X", a launch dated apart from KCNA's account, a minister who "had
  said on Sunday, in an interview with the broadcaster KBS", a pledge "At their summit
  ... in September", an office's account a spokesperson "told APA" and a split quotation
  whose closing sentence is a forecast of its own, so that APA is the last hop of all it
  relays; The Local Italy running ANSA copy on the G7 ministers on Capri, with a lead
  ending "G7 foreign ministers said on Friday", a communique's quoted phrase with a veto
  dated apart, a quotation before a long title with "adding that", off-topic background
  on the presidency and a standing denial with a standing quoted dismissal in one
  sentence, so that ANSA is the last hop of all it relays; The Local Spain running EFE
  copy on North Korean troops in Russia, with "Madrid (EFE) -", a two-sentence quotation
  after "wrote on X on Monday:" whose closing sentence is a pledge of its own, a
  confirmation with an arrival dated apart, a mission's quoted dismissal "last week" and
  an embassy that "told EFE" Russia "had not asked" (a denial), so that EFE is the last
  hop of all it relays; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written during the round, apart from the code and without running it,
  and measured once on the round's final code and, for comparison, once on its starting
  code (``6fe9530``), its misses never printed (blind); then read in the round that
  wrote ``test86`` .. ``test93`` (its misses printed and worked on).
- ``test86``: an eighty-sixth held-out set in ``bench/extract_test86/`` (ordinary news
  reports: The Korea Herald on Russia's veto of the UN panel of experts, with a lead
  ending "South Korea's Foreign Ministry said Friday", a quoted regret "In a statement"
  with a pledge after "adding that", the paper's own account of what the vote means, an
  ambassador's quoted phrase "before the vote", a quotation after a colon, an ambassador
  who "accused" after a long title, the panel's report "submitted to the council earlier
  this month" and a standing denial by both states; the Herald Sun running AAP copy on
  North Korean losses in Kursk, with a lead ending "South Korea's spy agency says", an
  account "on Thursday, according to lawmaker" Lee, "He said the agency also believed",
  a quoted phrase "on Monday", a press secretary whose "but gave no breakdown" is no
  claim, a minister with a double title, the agency's own account of both states'
  silence and a split quotation around "told AAP", so that AAP is the last hop of all it
  relays; The Advertiser on the Vostochny summit, with a quoted phrase after "what he
  called", a two-sentence answer after "answered:", a spokesman's account of no
  agreements that denies, off-topic background on the cosmodrome, an unnamed official's
  quoted phrase "on Wednesday", "which she said" inside a sentence, a ministry's warning
  behind "said" and a lecturer who "told The Advertiser"; The Mercury on the
  Malligyong-1 launch, with a lead "believes", lawmakers who "said the agency had
  concluded", "The agency quoted Kim ... as saying", a pledge "At their summit ... in
  September", "She added that" with a quoted pledge and a standing denial under "has
  denied ... and says"; The Guardian Nigeria on the Pyongyang treaty's entry into force,
  with a lead ending "KCNA reported yesterday" with the entry into force dated apart,
  "KCNA quoted ... as saying", a quoted word "had earlier" after a long title, figures
  under "has said", the paper's own account of both states' silence, off-topic
  background on martial law in Seoul and a professor who "told The Guardian" with a
  warning after "He added:"; ThisDay running Reuters copy on missile debris in Kharkiv,
  with "UNITED NATIONS, April 29 (Reuters) \u2013", a lead ending "according to a report
  seen by Reuters on Monday" with the strike dated apart, a quotation before "the
  monitors wrote", a standing denial and a pledge "last year" in one sentence, a
  non-response that is no claim and the White House's charge "in January", so that
  Reuters is the last hop of all it relays; Addis Standard on the Russian embassy in
  Ethiopia, with "Addis Abeba \u2013", a lead with a quoted phrase ending "said in a
  statement on Tuesday", "The statement ... said", the outlet's own account of Moscow's
  silence, an embassy that answered the outlet's inquiry, "According to" the Pentagon, a
  pledge "During talks ... on Friday" that "TASS reported", a state's silence that is no
  claim and a split quotation "in an interview with Addis Standard"; The Ethiopian
  Herald on Lavrov in Pyongyang, with "ADDIS ABABA \u2013", a lead with a quoted phrase
  ending "on Thursday", "TASS news agency quoted Lavrov as saying", "Lavrov accused"
  with "which he said" inside it, KCNA's quoted phrase "reported on Friday" with the
  summit dated apart, Washington's charge "last week", a standing dismissal by both
  states, the paper's own analysis, unnamed analysts who "say" and a scholar who "told
  The Ethiopian Herald"; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written at the round's start, before any change of the round,
  and measured four times (at first sight on the starting code ``41b6d05``, once during
  the round, at ``3e8244f`` and on its final code), its misses never printed (blind);
  then read in the round that wrote ``test98`` .. ``test105`` (its misses printed and
  worked on).
- ``test87``: an eighty-seventh held-out set in ``bench/extract_test87/`` (ordinary news
  reports: GhanaWeb on the Pyongyang treaty, with a lead ending "according to the text
  of the treaty ..., which North Korean state media published on Thursday", a quotation
  after "the Russian leader said:", a leader's quoted phrase after "KCNA quoted Kim as
  saying", a quoted warning "on Thursday" that "the RIA Novosti news agency reported", a
  step on a condition set for the West (a warning), a secretary's quoted concern after a
  long title and a lecturer who told the outlet itself; The East African on Russia's
  veto of the UN panel of experts, with Western diplomats' charge after "in a move ...
  said was" in a lead narrating the veto, an ambassador's quoted phrase discrediting the
  panel, a call ending "Nebenzia said", a ministry's quoted regret "on Friday", the
  panel's report "released earlier this month" with Ukraine's standing charge inside the
  sentence and a standing rejection by both states; Lusaka Times on the Vostochny
  summit, with a lead ending "KCNA said on Thursday, a day after", a pledge "Putin told
  Russian state television", a spokesman's account of no agreements "on Wednesday" (a
  denial), a quoted toast, officials' quoted warning and a standing denial of "U.S.
  claims" in one sentence; Nyasa Times on the first clashes in Kursk, with curly
  quotation marks, a quoted call after "urging", a minister's quoted word "told South
  Korean broadcaster KBS on Monday", a quotation "was quoted as saying by the Russian
  foreign ministry" "on Friday", the outlet's own account of a silence and a mission's
  quoted dismissal "last month" in one sentence and analysts under "say"; Business Day
  running Reuters copy on North Korea's container shipments, with "Washington \u2014", a
  lead ending "the White House said on Friday", shipments ending "Kirby said", "He added
  that", a split quotation whose closing sentence carries the same point and an unnamed
  official who "told Reuters", so that Reuters is the last hop of all it relays; the
  Sowetan running AFP copy on Lavrov in Pyongyang, with a lead with a quoted phrase "on
  Thursday", a quotation "according to the Russian foreign ministry", "He accused", a
  minister's quoted pledge that KCNA "said", the White House's charge after "days after"
  and a standing quoted dismissal and a standing denial in one sentence, so that AFP is
  the last hop of all it relays; The Free Press Journal on the failed satellite launch
  of May 2024, with "Seoul:", a long quoted phrase after "KCNA quoted a deputy
  director-general ... as saying", a launch dated "on Monday" apart from the staff's
  statement, an unnamed official's suspicion "on Tuesday", two leaders' call in one
  sentence, Seoul's standing charge with Moscow's standing denial after "a charge" and a
  pledge dated "last September"; The Frontier Post on Kim Yo Jong's denial of arms
  sales, with "SEOUL:", a lead denial ending "state media reported on Friday", a
  quotation before "she said" (a denial), "She added that", a panel's finding "in a
  report seen by Reuters last month" with a strike dated apart, charges "in January" and
  "earlier this year" and Moscow's standing denial; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written at the round's start, before any change of
  the round, and measured four times (at first sight on the starting code ``41b6d05``,
  once during the round, at ``3e8244f`` and on its final code), its misses never printed
  (blind); then read in the round that wrote ``test98`` .. ``test105`` (its misses
  printed and worked on).
- ``test88``: an eighty-eighth held-out set in ``bench/extract_test88/`` (ordinary news
  reports: the Daily Sun (Bangladesh) running AFP copy on the Vostochny summit, with
  "Vostochny, Russia (AFP) \u2013", a lead ending "President Vladimir Putin said
  Wednesday after hosting", a split quotation "told Russian state television", the
  agency's own account of the talks, a leader's quoted phrase after "what he called", a
  spokesman's account of no agreements (a denial) he "told Russian news agencies", a
  spokesman's quoted phrase "said on Tuesday", an adviser's quoted warning "last week",
  a standing denial by both states and a researcher who "told AFP", so that AFP is the
  last hop of all it relays; The Rising Nepal running Reuters copy on Russia's veto of
  the UN panel of experts, with "United Nations, Mar. 28 (Reuters):", the panel's
  earlier statement after "just weeks after the monitors said" in a lead narrating the
  veto, an ambassador's quotation discrediting the panel "before the vote", "He said"
  with an assessment and a condition in one sentence, an abstaining ambassador's quoted
  call, a standing accusation with unnamed allies and a standing denial by both states,
  so that Reuters is the last hop of all it relays; The Sunday Times (Sri Lanka) on the
  Pyongyang treaty, with the view counter, curly quotation marks, a quoted phrase
  "according to the full text released by North Korea's official news agency on
  Thursday" with the signing dated apart, "does not exclude" with no condition, a
  leader's quoted word that KCNA reported, a warning "Speaking to reporters in Hanoi on
  Thursday", a standing accusation by two states and a standing denial by two states in
  one sentence, a crosshead, a lecturer's split quotation and off-topic background on
  Sri Lanka; The Edition (Maldives) on the first clashes in Kursk, with a lead ending
  "told South Korean public broadcaster KBS on Monday", a figure and a quoted charge in
  one sentence, a secretary's quoted forecast "last week", the outlet's own account of a
  silence, a quoted pledge "said in Moscow on Friday", "for his part", a quoted
  justification "Earlier" "in a statement carried by" KCNA and lawmakers who "said last
  week" after "Citing the country's spy agency"; Kuensel running AP copy on the
  Malligyong-1 launch, with "SEOUL, South Korea (AP) \u2014", AP's caption note, a lead
  "said Wednesday", an administration's account with the launch dated apart, a military
  that "said Thursday" with a hedge, officials' standing suspicion with "likely", a
  pledge "During their summit ... in September", Moscow's standing position under "says"
  and an analyst's quotation, so that AP is the last hop of all it relays; Mothership on
  Lavrov in Pyongyang, with days dated in brackets ("on Thursday (Oct. 19)"), a quoted
  phrase that "Reuters reported", "Lavrov was quoted as saying by Russian state news
  agency TASS", "He added that" with a quoted phrase, a quoted pledge "According to"
  KCNA, the White House's charge "said on Friday (Oct. 13)" with the visit dated apart,
  a quotation "at the time", a standing denial by both states and analysts who "told
  AFP"; Kompas.id English on North Korean missiles fired at Ukraine, with "JAKARTA,
  KOMPAS \u2014", a lead "according to the United States, which called" with a quoted
  phrase, a spokesman who "told reporters in Washington on Thursday (4/1/2024)" (a week
  before the publication day), the foreign ministers of nearly 50 countries "In a joint
  statement issued on Tuesday (9/1/2024)", a quoted dismissal and a countercharge in one
  sentence, the paper's own account of a silence, a spokesperson's call "When contacted
  by Kompas" (the publisher itself) and a researcher's split quotation; Detik on
  munitions containers, with "Jakarta -", a lead ending "South Korea's defense minister
  says", "he said" after an estimate with "could", "As reported by AFP and Yonhap News
  Agency, Tuesday (27/2/2024)," (the relays' day) before a minister who "told reporters
  on Monday (26/2)", "In return, Shin said," inside a sentence, a ministry's denial with
  a pledge "said in November 2022 that it had never exported ... and would never do so",
  Moscow's standing denial, a prosecutor general who "told Reuters earlier this month"
  and a researcher who "told AFP"; datelines, leads with the attribution at the end,
  split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and most acts carried by the words behind a
  neutral verb), written at the round's start, before any change of the round, and
  measured four times (at first sight on the starting code ``41b6d05``, once during the
  round, at ``3e8244f`` and on its final code), its misses never printed (blind); then
  read in the round that wrote ``test98`` .. ``test105`` (its misses printed and worked
  on).
- ``test89``: an eighty-ninth held-out set in ``bench/extract_test89/`` (ordinary news
  reports: the Daily Tribune on the Pyongyang treaty, with a headline ending "\u2014
  DFA", a caption in capitals with its credit, a lead with its first word in capitals
  ending "the Department of Foreign Affairs (DFA) said Thursday", "In a statement, the
  DFA said", a conditional quotation before a long title "told reporters at a Palace
  briefing on Thursday", a treaty article quoted "whose full text was released by" KCNA
  "on Thursday", a leader's quoted pledge, a standing charge and a standing denial by
  both states in one sentence and an analyst who "told DAILY TRIBUNE"; BusinessMirror
  running Reuters copy on the munitions containers, with "WASHINGTON\u2014", a lead
  ending "the White House said on Friday", shipments dated apart before a long title,
  "In return, he said," inside a sentence, a spokesman's two quoted phrases around "and
  that", the agency's own background dated "last month" and a minister who "told Reuters
  on Thursday", so that Reuters is the last hop of all it relays; the Vientiane Times on
  Lavrov at the ASEAN meetings, with a lead with "has said" and no date, "Speaking at a
  press conference in Vientiane on Saturday", "Mr Lavrov said", a denial after
  "dismissed", an account that "TASS news agency reported", a secretary's quoted concern
  and his charge after "He said", Pyongyang's standing denial, a deputy prime minister's
  long titles and an uncoded quoted theme; SGGP running VNA copy on the Vostochny
  summit, with a leader's long titles, "Moscow (VNA) \u2013", a lead ending "told
  reporters on September 13", an account of no agreements after "According to Peskov,"
  (a denial), a quotation after "President Putin said:", a pledge and a quoted belief in
  one sentence, KCNA's quoted phrase "reported on September 14" and a standing charge
  with the two states' standing rejection, so that VNA is the last hop of all it relays;
  The Hanoi Times on Putin's press conference in Hanoi, with curly quotation marks, a
  step "does not rule out" on a condition set for the West, "He warned" with a quoted
  phrase and "adding that" with another, "According to Putin,", a quotation after "Putin
  said:" that denies, off-topic background on the visit, a presidential office's quoted
  word "said on June 20" and a professor who "told The Hanoi Times"; Cambodianess
  running AFP copy on Russia's veto of the UN panel of experts, with "UNITED NATIONS,
  United States (AFP) \u2013", a lead narrating the veto "with Washington accusing", an
  ambassador's two quoted phrases around "and that", the panel's finding "in a report
  made public this month" with the strike dated apart, two states' standing charge under
  "say" and two states' standing denial in one sentence, the agency's own judgement and
  a split quotation "told AFP" whose closing sentence carries the same point, so that
  AFP is the last hop of all it relays; DVB on North Korean troops in Kursk, with a lead
  ending "told South Korea's KBS on Nov. 4" and "Umerov added that", a president's
  figure "In his nightly video address on Monday", a secretary's quoted phrase "said
  last week", figures after "According to", a minister's quoted pledge "on Friday"
  "according to Russian state media", the outlet's own account of a silence, off-topic
  background on Burma's regime, a junta spokesperson's quoted phrase "on Tuesday" and an
  analyst who "told DVB"; The Myanmar Times on the failed satellite launch of May 2024,
  with a lead ending "the country's state media said" with the explosion dated apart, an
  official "in a statement carried by the Korean Central News Agency (KCNA)", an unnamed
  official who "told reporters on Tuesday" and his hedged quotation, a president's
  pledge "last September", Moscow's standing denial, a professor who "told AFP" and an
  additional-reporting line that is no relay; datelines, leads with the attribution at
  the end, split quotations, relays, unnamed officials and plural bodies, long titles
  before names, relative dates and events dated apart from statements, standing denials,
  page furniture, the outlets' own background and analysis and most acts carried by the
  words behind a neutral verb), written at the round's start, before any change of the
  round, and measured four times (at first sight on the starting code ``41b6d05``, once
  during the round, at ``3e8244f`` and on its final code), its misses never printed
  (blind); then read in the round that wrote ``test98`` .. ``test105`` (its misses
  printed and worked on).
- ``test90``: a ninetieth held-out set in ``bench/extract_test90/`` (ordinary news
  reports: Eleven Myanmar running Xinhua copy on Lavrov in Pyongyang, with "PYONGYANG,
  Oct. 20 (Xinhua) --", a lead with a quoted phrase ending "the official Korean Central
  News Agency (KCNA) reported Friday", a visitor's quoted phrase "the report said", a
  leader's quoted pledge "according to KCNA", a resolve that "TASS news agency
  reported", "He added that", a quoted phrase before "Lavrov was quoted as saying", the
  White House's charge "last week" and Moscow's standing rejection, so that Xinhua is
  the last hop of all it relays; Scroll.in on North Korean losses in Kursk, with a lead
  ending "South Korean lawmakers said on Thursday", an agency's belief "according to" a
  lawmaker, a split quotation whose closing sentence is a charge of its own, an unnamed
  official's quoted phrase "earlier this week", an intelligence agency that "had said on
  Sunday", the outlet's own hedged background and a think tank's forecast "In its daily
  assessment on Wednesday"; The Quint on the Vostochny summit, with a lead "on
  Wednesday, 13 September, indicated", a split quotation "told Russian state
  television", a pledge after a colon, "Putin said Russia abided by the restrictions" (a
  denial), a quotation before "he added", a launch dated apart from the military's
  statement and a "With inputs from" line that is no relay; News18 running AFP copy on
  the Pyongyang treaty, with "Seoul (AFP) -", a quotation "Putin said, according to
  Russian news agencies", "He called" and "Kim hailed" with quoted phrases, a quoted
  "does not exclude" with no condition, a pledge in an article "published in the ruling
  party's Rodong Sinmun newspaper on Tuesday", a standing charge and a standing denial
  in one sentence and the syndication line, so that AFP is the last hop of all it
  relays; India Today on Russia's veto of the UN panel of experts, with Washington's
  charge after "a move Washington said", two quoted phrases around "he told the council
  before the vote", a quoted phrase after a long title, a panel's report "released
  earlier this month" and a ministry's quoted regret "on Friday" with "adding that";
  Business Today on munitions containers, with a lead ending "said on Tuesday", "he
  said" at the end with "believed", a prosecutor who "told Reuters earlier this month",
  the outlet's own analysis, a think tank's estimate "in a report this month" and state
  media's standing quoted word; The Libya Observer on North Korean ballistic missiles
  fired at Ukraine, with a lead ending "the White House said on Thursday", launches
  dated apart, "Kirby said, citing US intelligence", unnamed officials, a ministry's
  quoted word with "which it said" inside it, a spokeswoman's quoted phrase "last month"
  and off-topic background on Libya; The Local Denmark running Ritzau copy on North
  Korean troops in Russia, with a lead with a quoted phrase ending "said on Thursday,
  adding that" with a pledge, a split quotation "told Ritzau" whose closing sentence is
  a warning of its own, a forecast "in a written comment to Ritzau", a president who
  "did not deny them, saying", an ambassador who "told the newspaper Berlingske" and a
  researcher who "told Ritzau", so that Ritzau is the last hop of all it relays;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and most acts carried by the words behind a neutral verb), written during the round,
  apart from the code and without running it, and measured at ``3e8244f``, when the
  round's rules were thought final, and on its final code (the same figures), and for
  comparison only once on its starting code ``41b6d05``, its misses never printed
  (blind); then read in the round that wrote ``test98`` .. ``test105`` (its misses
  printed and worked on).
- ``test91``: a ninety-first held-out set in ``bench/extract_test91/`` (ordinary news
  reports: The Local Norway running NTB copy on North Korean troops in Kursk, with "Oslo
  (NTB) -", a lead ending "said on Monday", a two-sentence quotation "told NTB", a
  secretary's figures "said on Thursday", a threat assessment "published in February", a
  minister's quoted phrase after talks dated apart that "the Russian news agency TASS
  reported", the agency's own account of a silence and a minister who "said last week",
  so that NTB is the last hop of all it relays; Vindobona on the Pyongyang treaty in
  Vienna, with a quoted phrase after "has described ... as", a quotation he "wrote on
  the platform X on Thursday", "does not exclude" with no condition, a union's quoted
  phrase at the OSCE Permanent Council, a mission that "accused" with a quoted phrase, a
  long title before a quotation after a colon, "He added that" with a quoted denial and
  a split quotation whose closing sentence is a warning of its own; Breitbart on North
  Korean munitions shipments, with a lead ending "told reporters on Tuesday", "In
  return, Shin said," inside a sentence, a hedged account that "Yonhap News Agency
  reported", the White House's charge "in January" that the publisher itself reported, a
  prosecutor general who "told Reuters earlier this month", a ministry's quoted
  dismissal "Last month" carried by KCNA and Moscow's standing denial; National Review
  on the Vostochny summit, with curly quotation marks, a quoted pledge "on Wednesday", a
  quotation "according to Russian state media", a two-sentence answer after "Putin
  said:", quoted phrases "on Tuesday" and "last week" and a standing denial by both
  states; Slate on Russia's veto of the UN panel of experts, with the panel's report
  "made public earlier this month", "he argued," inside a sentence, Washington's
  standing charge under "says" with a standing denial by two states after "a charge",
  the magazine's own forecast and a split quotation "told Slate"; Tengrinews on Lavrov
  in Pyongyang, with a lead ending "reports citing RIA Novosti", a quotation before "the
  agency quoted Lavrov as saying", "Lavrov also accused" with a quoted phrase, the White
  House's charge "Last week" and a ministry's call that "Yonhap news agency reported";
  Kabar on Shoigu in Pyongyang, with a long title before the name in a lead ending
  "reported on Saturday", "According to the agency," a leader's quoted pledge before
  "KCNA said", an arrival dated apart from a press service's account, a standing charge
  and a standing denial in two sentences and an analyst who "told Kabar"; Asia-Plus on
  North Korea's denial of arms exports in 2022, with a denial and a negated plan in a
  lead ending "carried by the official Korean Central News Agency (KCNA) on Thursday",
  the same denial after a very long title, "KCNA quoted the official as saying", a
  warning before "the agency said", US officials' charge "Earlier this month" and an
  unnamed spokesman at "a regular briefing on Thursday"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and most acts carried by
  the words behind a neutral verb), written during the round, apart from the code and
  without running it, and measured at ``3e8244f``, when the round's rules were thought
  final, and on its final code (the same figures), and for comparison only once on its
  starting code ``41b6d05``, its misses never printed (blind); then read in the round
  that wrote ``test98`` .. ``test105`` (its misses printed and worked on).
- ``test92``: a ninety-second held-out set in ``bench/extract_test92/`` (ordinary news
  reports: UzDaily on Lavrov's visit to Pyongyang, with "Tashkent, Uzbekistan
  (UzDaily.com) --", a lead ending "Russian Foreign Minister Sergei Lavrov said on
  Thursday at the start of talks", a quotation before "the TASS news agency quoted
  Lavrov as saying", a minister's quoted pledge that KCNA reported, a proposal with a
  quoted phrase, "He added that" with a quoted dismissal, a charge "Last week", a
  standing denial by both states, a ministry's quoted call "on Thursday" and a lecturer
  who "told UzDaily.com"; Mizzima on the Pyongyang treaty, with a lead ending "said on
  Wednesday after signing", a leader's quoted phrase and "said ... North Korea would
  never stand aside" (a pledge) in one sentence, an adviser's quotation after "told
  reporters on Thursday:", a standing accusation and a standing denial in one sentence,
  off-topic background on Myanmar's junta, a junta spokesman's "posed no threat" and an
  analyst's split quotation whose closing sentence carries the same point; The Global
  New Light of Myanmar running Xinhua copy on the Vostochny summit, with "MOSCOW, 14
  Sept \u2014", a leader's long titles in a lead with the talks dated apart, a quotation
  "told Russian state television", a split quotation whose closing sentence is a pledge
  of its own, an aide who "told the TASS news agency", KCNA's quoted phrase "reported on
  Thursday" and a standing claim with a standing rejection in one sentence, so that
  Xinhua is the last hop of all it relays; The Edge Malaysia running Bloomberg copy on
  Russia's veto of the UN panel of experts, with "UNITED NATIONS (March 29):",
  Washington's charge after "in what Washington called" in a lead narrating the veto,
  the panel's report "made public earlier this month", an ambassador's quotation
  discrediting the panel, a ministry's quoted phrase "on Friday" and a standing charge
  and denial in one sentence, so that Bloomberg is the last hop of all it relays; The
  Nation (Thailand) on the Malligyong-1 launch, with a lead ending "South Korean
  lawmakers said on Thursday, citing" the spy agency, a belief after a lawmaker who
  "told reporters", a forecast "the lawmakers said", a president's hint dated "in
  September", a secretary-general's quoted condemnation carried by his spokesman and a
  ministry's quoted concern with "which it said" inside it; The Herald (Scotland) on
  North Korean shells, with a lead in capitals ending "according to" the spy agency, a
  briefing "yesterday", a spokeswoman's quoted dismissal "Last month", a two-sentence
  quotation after "said:" whose closing sentence is a pledge of its own and a lecturer's
  quotation after "told The Herald:"; WalesOnline on North Korean missiles fired at
  Ukraine, with a caption that carries a claim, a lead ending "which they say", a joint
  statement's quoted phrase "issued yesterday", an announcement "last week" with the
  strikes dated apart, a two-sentence quotation after "wrote on X:" whose closing
  sentence is a pledge of its own and READ MORE teasers; The Age running Reuters copy on
  North Korean troops in Kursk, with curly quotation marks, "Washington:", a lead ending
  "US Secretary of State Antony Blinken said on Thursday", an arrival that "Russian
  state media reported", the agency's own account of a non-denial, a position "last
  week", an ambassador's quoted phrase "on Wednesday" and a president who "urged allies
  ... on Thursday", so that Reuters is the last hop of all it relays; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and most
  acts carried by the words behind a neutral verb), written during the round, apart from
  the code and without running it, and measured at ``3e8244f``, when the round's rules
  were thought final, and on its final code (the same figures), and for comparison only
  once on its starting code ``41b6d05``, its misses never printed (blind); then read in
  the round that wrote ``test98`` .. ``test105`` (its misses printed and worked on).
- ``test93``: a ninety-third held-out set in ``bench/extract_test93/`` (ordinary news
  reports: The New Zealand Herald running AP copy on North Korean troops in Kursk, with
  "WASHINGTON (AP) \u2014", a lead ending "US Secretary of State Antony Blinken said on
  Thursday", a quotation before four long titles, a belief "the Pentagon now believed",
  a minister's quoted "highly likely", a president's quoted phrase "asked about the
  reports last week", a vice minister's quoted legality "in a statement carried by the
  official Korean Central News Agency last week" and an analyst's split quotation, so
  that AP is the last hop of all it relays; the Post-Courier on the Pyongyang treaty,
  with the treaty text's quoted phrase "released ... yesterday", a leader's quoted
  phrase under "Mr Kim", a president's quoted warning "in Hanoi yesterday" that "Reuters
  reported" and his conditional quotation, a vice minister's call that "Yonhap news
  agency reported", a spokesman's quoted concern "according to AFP" and a passive
  accusation with a standing denial by both states; the Samoa Observer on Russia's veto
  of the UN panel of experts, with curly quotation marks, an ambassador's quoted phrase
  discrediting the panel, a quotation after "said in a statement on Thursday:", the
  panel's report "made public earlier this month", a spokesperson who told the paper
  itself "on Friday" and a lecturer's split quotation whose closing sentence is a
  warning of its own; The Jamaica Gleaner running AP copy on the munitions containers,
  with a lead ending "the White House said Friday", a route "according to the White
  House", "he said, adding that", the agency's own account of the summit with "where
  Putin said" and a standing rejection by both states, so that AP is the last hop of all
  it relays; the Trinidad Express running AFP copy on Lavrov in Pyongyang, with a lead
  with a quoted phrase "thanked North Korea on Thursday", a quotation "according to
  Russian news agencies", "He accused", a quoted pledge that "the official Korean
  Central News Agency reported", a charge "Last week" with a standing denial in one
  sentence and a researcher who "told AFP", so that AFP is the last hop of all it
  relays; The Tico Times on the Malligyong-1 launch, with a spy agency's belief "told
  lawmakers on Thursday, according to one of the legislators", a lawmaker's quotation of
  the agency's assessment, "The agency quoted Kim as saying", a spokesman's quoted
  denial "according to the Interfax news agency", a quotation after "replied:" dated "in
  September" and a secretary-general's quoted condemnation carried by his spokesman;
  Granma International on the treaty's entry into force, with the entry into force dated
  apart from the ministry's announcement, a two-sentence quotation "the ministry said in
  a statement", a deputy minister who "told the TASS news agency", "For his part," with
  a quoted phrase "according to the Korean Central News Agency (KCNA)", two states'
  standing claim and the paper's own dismissal of it; Prensa Latina on Choe Son Hui in
  Moscow, with "Moscow, Nov 1 (Prensa Latina)", a quotation after "was quoted by the RIA
  Novosti agency as saying:", "She added that" with a quoted pledge, the Pentagon's
  figures after "According to", the agency's own account of a silence and a ministry's
  hedged account that "the Yonhap news agency reported"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and analysis and most
  acts carried by the words behind a neutral verb), written during the round, apart from
  the code and without running it, and measured at ``3e8244f``, when the round's rules
  were thought final, and on its final code (the same figures), and for comparison only
  once on its starting code ``41b6d05``, its misses never printed (blind); then read in
  the round that wrote ``test98`` .. ``test105`` (its misses printed and worked on).
- ``test94``: a ninety-fourth held-out set in ``bench/extract_test94/`` (ordinary news
  reports: The Standard (Hong Kong) running AFP copy on Belousov in Pyongyang, with
  "Seoul (AFP) -", a pledge in the lead ending "state media said Saturday", a charge
  that "the official Korean Central News Agency reported", a quotation before "KCNA
  quoted Kim as saying", a minister's quoted phrase that "Russian news agencies
  reported", a ministry's quoted phrase "without giving details", two states' standing
  charge under "say", a spy agency's account "this month" and the agency's own account
  of a silence, so that AFP is the last hop of all it relays; the Borneo Bulletin
  running AP copy on Putin's gift of a car to Kim, with "SEOUL (AP) \u2013", a lead
  ending "North Korean state media said Tuesday" with the agency's own judgement after
  "in an apparent violation of", a sister's quoted phrase "according to the Korean
  Central News Agency (KCNA)", "did not describe" that is no claim, a ministry's quoted
  phrase "said Tuesday", two states' standing accusation and a standing denial by both,
  so that AP is the last hop of all it relays; ABS-CBN News on the Philippine reaction
  to North Korean troops in Russia, with "MANILA \u2014", a lead with a quoted phrase
  ending "said Thursday", a call after "the statement read", a secretary's split
  quotation "told reporters in Rome on Wednesday", a spy agency's belief "according to
  lawmaker", a spokesman's quoted dismissal "last week", an analyst who told the outlet
  itself and a "With reports from" line that is no relay; TODAY running Reuters copy on
  Choe Son Hui in Moscow, with "MOSCOW \u2014", a quoted phrase "said on Tuesday (Jan
  16)" and Washington's earlier charge after "whose visit came weeks after", a
  counterpart's quoted phrase that "the RIA news agency reported", a spokesman's account
  with "where they discussed", a standing denial by both states with the agency's own
  judgement after "which would violate" and an unnamed spokesperson's quoted call "on
  Wednesday (Jan 17)", so that Reuters is the last hop of all it relays; The Saigon
  Times on Shoigu in Pyongyang, with curly quotation marks, KCNA's quoted phrase
  "reported on Saturday", a leader's quoted pledge "according to the agency", "He told
  Kim that" with "the TASS news agency reported", a council's statement, two states'
  standing charge under "say", a standing denial under "deny" and plural officials whose
  view "Yonhap news agency reported"; The Financial Express running Reuters copy on Kim
  Yo Jong's denial, with "SEOUL, May 17 (Reuters) -", a denial "said in a statement
  carried by state media on Friday" and a quoted phrase after "calling", a reported
  account that denies, sanctions monitors' report "seen by Reuters last month" with the
  strike dated apart, a standing charge and a standing denial in one sentence and a
  spokesperson's quotation with his long title, so that Reuters is the last hop of all
  it relays; Newsfirst on North Korea's failed satellite launch, with the "on Monday
  (27)" style, "KCNA quoted a deputy director-general of ... as saying that", a launch
  dated apart, an unnamed official's hedged quotation "on Tuesday (28)", a president's
  pledge "last September" and a standing denial; the Colombo Gazette on Russia's
  purchases of North Korean shells, with a lead ending "a US official said, citing", a
  quotation "told Reuters on condition of anonymity", a newspaper that "first reported
  on Monday", a quotation before a long title, "He added that" with a quoted phrase, a
  spokesman's quoted dismissal that "Russian news agencies reported", the outlet's own
  account of a silence and Pyongyang's standing charge with a quoted phrase; datelines,
  leads with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and analysis
  and most acts carried by the words behind a neutral verb), written during the round,
  apart from the code and without running it, and measured once, on the round's final
  code (and, for comparison only, once on its starting code ``41b6d05``), its misses
  never printed (blind); then read in the round that wrote ``test98`` .. ``test105``
  (its misses printed and worked on).
- ``test95``: a ninety-fifth held-out set in ``bench/extract_test95/`` (ordinary news
  reports: The Nation (Pakistan) on the Pyongyang treaty, with the "Agencies" byline, a
  lead ending "North Korean state media said on Thursday", the treaty's text quoted
  after "published in full by" KCNA, a president's quoted phrase "Speaking to reporters
  after the talks on Wednesday", "He added that" with a quoted "does not exclude" and no
  condition, a leader's quoted word and "told Putin that North Korea would give its full
  support" (a pledge) in one sentence, an adviser who "told reporters on Thursday" and a
  standing accusation with a standing denial by both governments in one sentence;
  L'Orient Today running AFP copy on the Vostochny summit, with "VOSTOCHNY COSMODROME,
  Russia \u2014", a lead "indicated on Wednesday", a two-sentence quotation after "Asked
  by Russian state television ... Putin said:", a leader's quoted pledge "according to
  Russian news agencies, adding that" with a quoted phrase, a military's account of a
  launch dated apart, Washington's standing quoted warning and a standing denial by both
  states, so that AFP is the last hop of all it relays; the Libya Herald on Russia's
  veto of the UN panel of experts, with "London, 29 March 2024:", a lead with
  "yesterday" ending "in what Western diplomats described as", an ambassador's quoted
  dismissal of the panel, a quotation after "In a statement issued after the vote, ...
  said:", the panel's report "submitted to the Council earlier this month", a ministry's
  quoted "deep regret" and its pledge in one sentence and off-topic background on the
  Libya panel; The North Africa Post on Lavrov in Pyongyang, with a lead ending "said on
  Thursday as he held talks in Pyongyang", a quotation before "the TASS news agency
  quoted Lavrov as saying", "He accused" with a quoted word, KCNA's quoted phrase
  "reported on Friday", a minister's pledge "According to KCNA", the White House's
  charge "last week", a quoted dismissal "Asked about the US claims" and a professor who
  told the outlet itself; Hespress English on North Korean troops in Kursk, with a lead
  ending "told South Korean public broadcaster KBS in an interview aired on Monday", a
  quotation the minister "told the broadcaster", a president's figure and quoted word
  "in his nightly video address on Monday", "South Korean lawmakers said last week,
  after a closed-door briefing by" the spy agency, a minister's quoted pledge "On
  Friday" and the outlet's own account of a silence with Pyongyang's standing quoted
  legality in one sentence; Duvar English on North Korean ballistic missiles fired at
  Ukraine, with a lead ending "the White House said on Jan. 4, calling" with a quoted
  phrase, strikes dated apart, "He added that" with a pledge, a minister's quoted phrase
  he "wrote on X", a ministry's quoted condemnation "on Jan. 5" and a standing denial by
  both states with a ministry's standing quoted dismissal in one sentence; the Sarajevo
  Times on the failed satellite launch of May 2024, with a lead ending "the country's
  state media said on Tuesday", "KCNA quoted a vice director general ... as saying", the
  official's cause "according to KCNA, adding that", an unnamed military official's
  suspicion, a minister who "had said earlier this month", a president's pledge "At
  their summit ... last September" and Pyongyang's standing position under "says"; N1
  running Reuters copy on Belousov in Pyongyang, with "SEOUL (Reuters) -", a Reuters
  caption with its third-party notice, a lead with a leader's quoted pledge ending
  "state media KCNA said on Saturday", a minister's quoted phrase that "the RIA news
  agency reported", three states' standing charge under "say", the agency's own account
  of a silence, an adviser's charge "last week" and a researcher's split quotation whose
  closing sentence carries the same point, so that Reuters is the last hop of all it
  relays; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and analysis and most acts carried by the words behind a neutral verb),
  written during the round, apart from the code and without running it, and measured
  once, on the round's final code (and, for comparison only, once on its starting code
  ``41b6d05``), its misses never printed (blind); then read in the round that wrote
  ``test98`` .. ``test105`` (its misses printed and worked on).
- ``test96``: a ninety-sixth held-out set in ``bench/extract_test96/`` (ordinary news
  reports: the Budapest Times on the Pyongyang treaty, with a caption crediting MTI, a
  lead ending "Russian President Vladimir Putin said on Wednesday after signing", a
  quotation before "Putin told reporters after the talks", a leader who "said" the
  treaty raised ties to an alliance "and promised" a quoted pledge, the paper's own
  background on the 1961 treaty, a presidential office that "said on Thursday that it
  would reconsider", a split quotation before a long title whose closing sentence is a
  pledge of its own, a standing denial by both states and a minister's quoted phrase "on
  Thursday"; Prague Morning on North Korean troops in Kursk, with curly quotation marks,
  a lead ending "said in his nightly video address on Monday", a two-sentence quotation
  on one point before "he said, urging" a call, a minister's quoted phrase and a pledge
  in one sentence "on Monday", a quotation he "wrote on X", a secretary's figures "last
  week", the outlet's own account of a silence and Moscow's standing position "in the
  past"; Brno Daily on North Korean shells, with a lead ending "has said" after a long
  title, a split quotation "told students and reporters in Brno on Monday" whose closing
  sentence is a warning of its own, a spokesman's quoted dismissal "last week",
  Pyongyang's standing quoted dismissal and "says it has never exported" (a denial) in
  one sentence and the White House's charge dated "In January"; Asbarez on Lavrov in
  Pyongyang, with "PYONGYANG (Combined Sources)\u2014", a lead ending "said on Thursday
  at the start of talks", a quotation "the TASS news agency quoted Lavrov as saying", a
  counterpart's quoted phrase that KCNA reported, a dismissal with a quoted phrase after
  "telling reporters that", "He accused", the White House's charge "last week", a
  standing rejection by both states and a president's hint after "where" in the outlet's
  own account of the summit "last month"; The Times of Central Asia on Russia's veto of
  the UN panel of experts, with the panel's statement after "weeks after" in a lead
  narrating the veto, an ambassador's quotation discrediting the panel, an ambassador's
  quoted phrase "In a statement issued after the vote on Thursday", the panel's finding
  "submitted to the council earlier this month", a ministry's quoted regret "on Friday",
  a spokesman's pledge "told a briefing in Astana on Friday" and a standing denial by
  both states; Gazeta.uz on the Vostochny summit, with a lead ending "President Vladimir
  Putin indicated on Wednesday", a two-sentence quotation on one point "told Russian
  state television", a reported position and a quotation after "but added:" in one
  sentence, KCNA's quoted phrase "said on Thursday", a spokesman's account of no
  agreements that denies, an adviser's quoted warning "last week" and the Kremlin's
  standing denial; City A.M. running Reuters copy on North Korean missiles, with
  "WASHINGTON, Jan 4 (Reuters) -", a lead ending "the White House said on Thursday",
  "told reporters" with strikes dated apart, "He added that" with a pledge, a military's
  account "earlier this week", the agency's own assessment of the resolutions and a
  ministry's quoted dismissal "last year" with a standing denial by both states, so that
  Reuters is the last hop of all it relays; the Belfast Telegraph running PA copy on the
  new sanctions monitoring team, with a lead ending "the Foreign Office has said", "the
  department said in a statement" with the launch dated apart, a two-sentence quotation
  after "said:" whose closing sentence is a pledge of its own, a vice minister who "told
  the launch ceremony", the panel's finding "published in March", an embassy's quoted
  word "on Wednesday" and a shadow secretary who "welcomed the move but said", so that
  PA is the last hop of all it relays; datelines, leads with the attribution at the end,
  split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written during the round, apart from the code and without
  running it, and measured once, on the round's final code (and, for comparison only,
  once on its starting code ``41b6d05``), its misses never printed (blind); then read in
  the round that wrote ``test98`` .. ``test105`` (its misses printed and worked on).
- ``test97``: a ninety-seventh held-out set in ``bench/extract_test97/`` (ordinary news
  reports: The National (Scotland) on the first clashes with North Korean troops in
  Kursk, with a capitalised first word, a lead ending "according to Ukraine's defence
  minister", a minister who "told South Korean public broadcaster KBS on Monday" with a
  quoted phrase, "He said ... but that Kyiv expected" (a forecast), a quotation before a
  president's title "said in his nightly video address on Tuesday", a secretary's quoted
  phrase "last week", the paper's own account of the Kremlin's silence, a president's
  position "Asked about the reports ... last month", a crosshead quoting the next
  quotation, a spokesperson's quotation after "said:" over two paragraphs whose second
  is a call of its own and a lecturer who told the paper itself; the Ottawa Citizen
  running Canadian Press copy on Russia's veto of the UN panel of experts, with "OTTAWA
  \u2014", a lead with a quoted phrase ending "said Friday", "In a statement," a
  quotation before "the statement said", a quotation before an ambassador's title "told
  reporters in New York on Thursday", a quoted word "Before the vote", the panel's
  report "made public earlier this month", an unnamed senior official "speaking on
  condition of anonymity" and a standing denial by both states, so that The Canadian
  Press is the last hop of all it relays; the Winnipeg Free Press on North Korean
  missiles fired at Kharkiv, with officials' account after a colon, a prosecutor general
  who "said Saturday" and the White House's charge "last week" with the strikes dated
  apart, a minister's joint statement "On Tuesday" with a quoted phrase, a standing
  rejection by both states, a community leader's split quotation and his group's plan,
  and a lecturer's split quotation whose closing sentence is a warning of its own; the
  Calgary Herald on the Pyongyang treaty, with a lead ending "according to the full text
  of the agreement published Thursday by North Korean state media", a treaty article
  quoted in two pieces before "the Korean Central News Agency said", "does not exclude"
  with no condition, a leader's quoted word and his pledge in one sentence, an adviser's
  reconsideration "said Thursday", a minister's quoted concern "in a statement Wednesday
  evening" with "which she said" inside it and a fellow's forecast with a quoted hedge;
  the Fiji Sun on the Vostochny summit, with "reported yesterday", "RIA Novosti news
  agency quoted Mr Kim as telling his host", a spokesman's quoted denial "yesterday",
  "He added that", a warning that "Reuters reported", a prime minister's call "Speaking
  to reporters in Suva yesterday" and a lecturer who "told the Fiji Sun:"; Marianas
  Variety on the Malligyong-1 launch, with a lead ending "lawmakers in Seoul said", a
  closed-door briefing "on Thursday" "according to committee member", KCNA's quoted word
  "said Wednesday" with the launch dated apart, "KCNA also said", a president's pledge
  "At their summit ... in September" with Moscow's standing denial, a governor's
  quotation "told Variety on Thursday" and a researcher's quotation "in an email to
  Variety"; the Honolulu Star-Advertiser running AP copy on Shoigu in Pyongyang, with
  "SEOUL, South Korea >>", a lead ending "state media reported Thursday", "The agency
  said", "KCNA quoted Kim as saying", a minister's quoted phrase that "Russian news
  agencies reported", a standing charge and a standing denial in two sentences and a
  quotation after "told reporters on Wednesday:", so that AP is the last hop of all it
  relays; Civil Beat on Adm. Samuel Paparo's remarks, with a lead with the attribution
  first and "says", a hedged quotation before a long title "said Saturday at the Halifax
  International Security Forum", "also warned" with a quoted phrase, the Pentagon's
  figures after "According to", the outlet's own account of a silence, a spokesman's
  standing position under "has said", a senator's quoted phrase "in a statement to Civil
  Beat" and a leader's quoted phrase "last week" "according to the state-run Korean
  Central News Agency"; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written during the round, apart from the code and without
  running it, and measured once, on the round's final code (and, for comparison only,
  once on its starting code ``41b6d05``), its misses never printed (blind); then read in
  the round that wrote ``test98`` .. ``test105`` (its misses printed and worked on).
- ``test98``: a ninety-eighth held-out set in ``bench/extract_test98/`` (ordinary news
  reports: the Saipan Tribune on the Pyongyang treaty, with the reporter's address in
  the byline, curly quotation marks, a lead ending "the CNMI's top homeland security
  official said yesterday", a quotation before a long title "told Saipan Tribune" (the
  publisher itself), a plan with a quoted phrase at its end, a leader's quoted phrase
  that "the official Korean Central News Agency reported yesterday", the paper's own
  background on the 1961 treaty, a command's quoted phrases "in an emailed response to
  Saipan Tribune's questions on Thursday" and a standing charge and a standing denial;
  the Pacific Daily News running AP copy on the Vostochny summit, with "Show Caption",
  "SEOUL, South Korea (AP) \u2014", a lead ending "North Korean state media said
  Thursday", "quoted Kim as telling Putin", a quoted phrase "Speaking to Russian state
  television" and "But he added:" before a quotation, a spokesman who "told Russian news
  agencies" of no agreements, a ministry that "urged" and a denial in "an allegation
  Pyongyang has denied", so that AP is the last hop of all it relays; the Solomon Star
  on Lavrov in Pyongyang, with a leader's pledge that the official news agency "reported
  yesterday", a quoted phrase after "accused", "Lavrov said, adding that" with a quoted
  phrase, "He also said", the White House's charge "Last week" with the loading dated
  apart, a spokesman's quoted phrase "at the time" and a quoted word "told a regular
  briefing on Thursday"; the Vanuatu Daily Post on 6,700 containers of munitions, with a
  lead ending "according to South Korea's defence minister", his figures "on Tuesday", a
  quotation before "Shin said, adding that", a prosecutor general who "told Reuters
  earlier this month", a panel's finding "in a report this month" with the strike dated
  apart and a standing rejection by both states; Islands Business on the Malligyong-1
  launch, with a lead ending "South Korean lawmakers said on Thursday, citing the
  country's spy agency", a belief "according to" a committee member, KCNA's quoted
  phrase with "calling", "The agency added", a quoted charge after "condemned the
  launch, saying", a secretary general's quoted phrase "in a statement on Wednesday" and
  "He urged", a pledge "At their summit ... in September", the magazine's own account of
  a silence and Moscow's standing position under "has said"; the Jamaica Observer
  running AFP copy on North Korean troops in Kursk, with two officials in one lead "said
  Thursday", the ADVERTISEMENT lines, a minister's pledge "In Moscow on Friday" that
  "Russian news agencies reported", "The TASS news agency quoted Lavrov as saying", the
  agency's own account of two silences and a standing charge by two states, so that AFP
  is the last hop of all it relays; Barbados Today on Shoigu in Pyongyang, with a lead
  ending "state media said on Saturday, a day after", "KCNA quoted Kim as saying", a
  council's quoted phrase "in a statement on Friday", "was quoted by the RIA Novosti
  news agency as saying", US officials' standing charge and fear under "say", a
  quotation after "in an interview with Barbados TODAY:", a second quotation that warns
  and a reports line that is no relay; Kaieteur News on Russia's veto of the UN panel of
  experts, with "Kaieteur News \u2013" before a lead narrating the vote, an ambassador's
  quoted phrase "Speaking after the vote" with her long title before the name, a charge
  "told the Council on Thursday", "He added that" with a quoted word, "likened the veto
  to", a quoted phrase with a call, the panel's report "made public earlier this month"
  and a standing denial by both states; datelines, leads with the attribution at the
  end, split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written at the round's start, before any change of the round,
  and measured twice (at first sight on the starting code ``2b79fc7`` and at
  ``0b8c79b``, when the rules were thought final), its misses never printed (blind);
  then read late in the round (its misses printed and worked on).
- ``test99``: a ninety-ninth held-out set in ``bench/extract_test99/`` (ordinary news
  reports: Stabroek News on Russia's veto of the UN panel of experts, with the "By
  Stabroek News" byline, a lead narrating "yesterday's" vote, an ambassador's quoted
  phrase "Speaking after the vote yesterday" with "what she described as", the paper's
  own background on the panel, the panel's report "made public earlier this month", a
  quoted phrase after "argued that" that discredits the panel, "He accused" with a
  quoted word, a quotation before a deputy ambassador's title, an ambassador who
  "likened the veto to" a quoted phrase, a standing denial by both states and a
  ministry's quoted pledge "In a statement yesterday"; The Nassau Guardian running AP
  copy on the Vostochny summit, with "VOSTOCHNY COSMODROME, Russia (AP) \u2014", a
  leader's quoted pledge "on Wednesday" in the lead, a split quotation "according to
  footage released by Russian state media" whose closing sentence is a pledge of its
  own, a two-sentence answer after "said:" to state television, a spokesman's account of
  no agreements that Russian news agencies carried, a standing accusation and a standing
  denial in two sentences and KCNA's quoted phrase "said Thursday", so that AP is the
  last hop of all it relays; The Royal Gazette on a shipping registry's guidance after
  the container shipments, with the "Published ... (Updated ...)" stamp, a lead whose
  claim sits after "the United States said that", a spokesman's account "said on Friday"
  with the shipments dated apart, "He added that", a regulator's quoted phrase in a
  circular "issued ... last week", a spokeswoman who "told The Royal Gazette", a
  think-tank's finding after "according to", an office's quoted pledge with the paper's
  relative clause inside and the comment notice; the Cayman Compass on the failed
  satellite launch of May 2024, with a launch dated "on Monday night" in a lead ending
  "the country's state media said Tuesday", a vice-director's account that KCNA
  "reported", an unnamed senior official's hedged quotation, the paper's own background
  on rocket fuels, a department that "condemned the launch, saying", a pledge "At his
  summit ... last September", a standing denial and an additional-reporting line that is
  no relay; Havana Times on North Korean troops in Russia, with "HAVANA TIMES \u2013", a
  lead ending "South Korean lawmakers said on Wednesday after a closed-door briefing", a
  secretary's quoted word "In Rome on Wednesday" and his conditional quotation, a
  standing denial before a diplomat's quoted dismissal "At the United Nations on
  Monday", a forecast "said on Tuesday", a foreign minister's quoted denial "In
  September last year" and the outlet's own account of the deployment and of the two
  states' silence; Colombia Reports on Colombian veterans in Kursk, with a lead of two
  speakers (a veteran who "told Colombia Reports" and a confirmation "on Monday"), a
  quotation before "Pentagon press secretary Air Force Maj. Gen. Pat Ryder", a quoted
  phrase "said on Saturday", an agency "known as HUR" that "said on Monday", the
  outlet's own account of Moscow's silence and a ministry's standing call; Caracas
  Chronicles on Shoigu's visit to Pyongyang, with a deck that says "The White House
  says", a lead ending "the White House said on Wednesday", "Washington, he said, urges"
  with a quoted phrase, "The RIA Novosti news agency quoted Shoigu as telling Kim", a
  leader's quoted phrase in a message "carried by the Korean Central News Agency on
  August 15", a standing denial and a standing position in two sentences and the
  outlet's own analysis; the Miami Herald running Reuters copy on the Pyongyang treaty,
  with "SEOUL/HANOI (Reuters) -", a lead ending "North Korean state media said on
  Thursday, publishing the text a day after" the visit, a treaty article quoted before
  "according to the version published by the official KCNA news agency", the agency's
  own judgement, "If Seoul did so, he said," with a quoted phrase, a right to supply
  arms reserved on a condition set for the West and a standing accusation with unnamed
  allies, so that Reuters is the last hop of all it relays; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and analysis and most
  acts carried by the words behind a neutral verb), written at the round's start, before
  any change of the round, and measured twice (at first sight on the starting code
  ``2b79fc7`` and at ``0b8c79b``, when the rules were thought final), its misses never
  printed (blind); then read late in the round (its misses printed and worked on).
- ``test100``: a hundredth held-out set in ``bench/extract_test100/`` (ordinary news
  reports: the Houston Chronicle running AP copy on Lavrov in Pyongyang, with "SEOUL,
  South Korea (AP) \u2014", a lead with a quoted phrase ending "said Thursday during a
  rare visit", a split quotation "according to Russian state media", "He added that"
  with a quoted word after "what he called", "KCNA quoted Choe as saying", the White
  House's charge "last week" and a quotation "said at the time", officials' standing
  suspicion under "say", a standing dismissal by both states and the "Article continues
  below this ad" breaks, so that AP is the last hop of all it relays; The Dallas Morning
  News on North Korean troops in Kursk, with a hedged forecast in a lead ending
  "Secretary of State Antony Blinken said Thursday", a quoted word in a conditional
  warning, a spy agency that "told lawmakers in Seoul on Tuesday", a congressman's
  quoted phrase and his call in one sentence, the paper's own account of a silence and a
  vice minister's quoted phrase "last week" "according to the state-run Korean Central
  News Agency"; The Denver Post on Russian help with spy satellites, with a hedged
  charge "the commander of U.S. Space Command said Tuesday", negated wording after "He
  added that" that is an assessment, state media's standing claim under "has claimed", a
  president's answer after "replied:" dated "in September", the paper's own background
  on the veto and a congressman who "told The Denver Post on Tuesday"; the Star Tribune
  on North Korean missiles fired at Kharkiv, with "WASHINGTON \u2013", a lead ending
  "the White House said Thursday", "Kirby said ... and that" with strikes dated apart
  ("on Dec. 30 and several more on Tuesday") and a pledge, a congresswoman's quoted
  phrase and her call "in a statement Thursday" and a standing denial by both states;
  The Baltimore Sun on Russia's veto of the UN panel of experts, with "a move U.S.
  officials said was aimed at" in a lead narrating the veto, an ambassador's
  discrediting quoted phrase, a veto "likened" to a quoted phrase, the panel's report
  "made public earlier this month" and a senator's quoted phrase "in a statement
  Thursday"; the San Francisco Chronicle on the Vostochny summit, with a quoted pledge
  in the lead, a split quotation whose closing sentence is a pledge of its own, the
  paper's own analysis after a colon, a president's quoted phrase after "but that", a
  spokesperson's quoted phrase "last week" and an analyst's account with "which she
  said" and "could" inside it; the Anchorage Daily News on the Pyongyang treaty, with a
  lead whose signing "on Wednesday" is dated apart from a senator who "said Thursday", a
  treaty article's quoted phrase "the full text of which North Korean state media
  published Thursday", the paper's own background on the 1961 treaty, a president's
  quoted warning "at a news conference in Hanoi on Thursday" and an office's
  reconsideration "Hours earlier"; The Yorkshire Post on North Korean shells, with curly
  quotation marks, a lead ending "South Korea's defence minister has said", "told
  reporters in Seoul on Monday", the White House's charge "in January", a foreign
  secretary's quoted phrase "last week", a standing denial and a standing quoted
  dismissal in one sentence and a lecturer's split quotation carrying one point;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and analysis and most acts carried by the words behind a neutral verb), written at the
  round's start, before any change of the round, and measured twice (at first sight on
  the starting code ``2b79fc7`` and at ``0b8c79b``, when the rules were thought final),
  its misses never printed (blind); then read late in the round (its misses printed and
  worked on).
- ``test101``: a hundred-and-first held-out set in ``bench/extract_test101/`` (ordinary
  news reports: the Montreal Gazette running Canadian Press copy on Yoon Suk Yeol in
  Ottawa, with "OTTAWA \u2014", a lead ending "said Sunday after talks with", a
  quotation before "told reporters at a joint news conference", a quoted phrase
  "speaking through an interpreter", two leaders' joint statement with a quoted phrase,
  a quoted warning "told the UN General Assembly in New York on Wednesday", state media
  that "said earlier this week", a standing denial by both states, a fellow's quotation
  "told The Canadian Press" and a "With files from" line that is no relay, so that The
  Canadian Press is the last hop of all it relays; the Edmonton Journal on the first US
  intelligence of shell purchases, with a lead ending "according to a newly declassified
  U.S. intelligence finding first reported by The New York Times", a spokesperson who
  "confirmed Tuesday" with a quoted phrase, a press secretary's rank before his name,
  the Kremlin's quoted word "on Wednesday", the paper's own account of a silence, a
  hedge ending in a quoted warning and a community leader's split quotation whose
  closing sentence is a call; The Chronicle Herald from the Halifax International
  Security Forum, with a lead ending "told the Halifax International Security Forum on
  Saturday", a lawmaker's split quotation whose closing sentence is a call, a RELATED:
  block, a minister's quoted phrase "on Friday" and his pledge, a spy agency "Earlier
  this month" and its belief "according to lawmakers who attended the closed-door
  briefing", a standing charge, a standing denial and a split quotation that carries one
  point told the paper itself; TheJournal.ie on Lavrov in Pyongyang, with a capitalised
  opening, a quoted phrase under "has thanked", a counterpart's quoted pledge "according
  to Russia's RIA Novosti news agency", a hint with the summit dated "last month", the
  White House's charge "Last week", a quotation before "told reporters at the time", two
  standing denials in one sentence, a spokesperson who "told The Journal" and a
  "Contains reporting by AFP" line that is no relay; Nation.Cymru on a Welsh minister in
  the Commons, with curly quotation marks, a lead ending "has told the Commons", "He
  added:" with a quotation after the colon, an MP's quoted phrase after "who said", a
  ministry's hedged quoted phrase "In an intelligence update posted on X on Monday", the
  site's own account of the Kremlin's silence and a lecturer's split quotation whose
  closing sentence is a warning; UnHerd on Putin in Hanoi, with a quoted warning under
  "has warned", "he said," inside a sentence after a colon, a secretary's quoted phrase
  "In Washington on Tuesday", a standing denial by both states, the writer's own
  judgement and a two-sentence quotation told the outlet itself; War on the Rocks on the
  shell trade, with two authors, "On Monday" before a minister who "told reporters", "He
  added that" with a quoted phrase, a prosecutor general who "told Reuters earlier this
  month", a standing denial under "deny all of this", a quoted phrase to state
  television "in September", a hedged belief "in November" and the authors' judgements
  and call; The Strategist (ASPI) on North Korea's failed satellite launch, with an
  official's quoted phrase "In a statement carried by KCNA on the night of 27 May", a
  defence official's hedged suspicion "the next day", a standing position under "has
  said", a deputy secretary's concern "in April", a minister's charge "said on 28 May"
  and the writer's judgement and call; datelines, leads with the attribution at the end,
  split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written at the round's start, before any change of the round,
  and measured twice (at first sight on the starting code ``2b79fc7`` and at
  ``0b8c79b``, when the rules were thought final), its misses never printed (blind);
  then read late in the round (its misses printed and worked on).
- ``test102``: a hundred-and-second held-out set in ``bench/extract_test102/`` (ordinary
  news reports: The American Conservative on the Pyongyang treaty, with a treaty
  article's quoted phrase in a lead ending "North Korea's official Korean Central News
  Agency reported on Thursday" and the signing dated apart, a leader's quoted phrase and
  quoted pledge "at Wednesday's ceremony", an adviser's quoted word "Thursday morning",
  a president's quoted warning "in Hanoi on Thursday" and "he added" with a conditional
  quotation, Washington's standing charge under "says", a standing denial by both
  states, the writer's judgement after a colon and a fellow who told the magazine
  itself; The New Yorker on North Korean troops in Kursk, with curly quotation marks, a
  minister's quoted phrase to KBS "On Tuesday", a figure "according to Ukrainian
  military intelligence", a secretary's account and quoted forecast "Last week", a
  quotation before a title and name dated "on October 23rd", the magazine's own account
  of a silence, a standing quoted phrase under "has said only", a quoted warning with
  "blaming", officials' hedged belief, a split quotation carrying one point "told me"
  and the writer's judgement; Ars Technica on the Malligyong-1 launch, with a launch
  "Tuesday night" dated apart from state media that "claimed Wednesday", a quoted phrase
  "in a statement carried by" KCNA, "It called" with a quoted phrase, a pledge dated by
  the summit "in September", a minister's quoted charge and forecast "In an interview
  with the public broadcaster KBS on Sunday" and the site's own background; The Verge on
  Russia's veto of the UN panel of experts, with a finding in a report "made public
  earlier this month" with "which it said" inside it, a standing denial after "which",
  an ambassador's quoted discredit, a demand "according to Reuters", a quotation with
  "today" inside it before a long title, a quoted comparison after "likened" and a
  quotation "said in an email to The Verge"; Spaceflight Now on the Vostochny summit,
  with a pledge and officials' standing warning in the lead, an answer after "Putin
  replied:" to a state television reporter, a leader's two quoted phrases in one
  sentence, a quoted phrase "Last week", state media's account after a colon, a pledge
  "last month" and the site's own assessment of the resolutions; FlightGlobal on
  Shoigu's visit to Pyongyang, with state media's account "said on 28 July" and the
  parade dated apart, "Source: KCNA" credits, a quoted phrase after "KCNA said,
  describing", a staff's assessment and its spokesman's hedged quotation, the White
  House's charge "In December", a quoted dismissal and a researcher's quotation before
  "says"; Bianet English on NATO's confirmation of the deployment, with a lead ending
  "said yesterday (October 28)", "Rutte added that", lawmakers' account of a closed-door
  briefing "today (October 29)" and their hedged forecast, the site's own account of a
  silence, a vice minister's conditional quoted phrase "last week" that KCNA reported, a
  president's quoted word and his call "on Sunday", a standing position under
  "maintains" and the editors' code; Total Croatia News on EU foreign ministers in
  Brussels, with a date opening a lead with a quoted phrase and a call ending with a
  long title and "said in Brussels on Monday", a two-sentence quotation "as reported by
  HINA", two quoted phrases "after the meeting", a figure "According to South Korean and
  Ukrainian intelligence", a prime minister's quoted phrase "last week", "HINA quoted
  ... as saying on Monday" with a quoted call and an analyst who told the site itself;
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and analysis and most acts carried by the words behind a neutral verb), written during
  the round, apart from the code and without running it, and measured once at
  ``0b8c79b``, when the rules were thought final, and for comparison once on its
  starting code ``2b79fc7``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test103``: a hundred-and-third held-out set in ``bench/extract_test103/`` (ordinary
  news reports: The Slovenia Times on Russia's veto of the UN sanctions panel, with
  "Ljubljana/New York \u2013", a lead with a quoted word ending "said after Thursday's
  vote", a split quotation whose closing sentence carries the same point "told the STA
  after the vote", the panel's report "released earlier this month", an ambassador's
  quoted phrase that discredits the panel, a counterpart's charge under a neutral
  "said", a standing denial by both states and a minister who "wrote on X on Thursday
  evening" a quoted pledge; B92 running Tanjug copy on Lavrov in Pyongyang, with
  "SOURCE: TANJUG", "PYONGYANG --", a lead with a quoted phrase that "Russian news
  agencies reported", a quotation "TASS quoted Lavrov as saying", "He added that" with
  "would never" (a pledge), a counterpart's pledge "according to the North Korean state
  news agency KCNA", a ministry that "said on its Telegram channel", the White House's
  charge "Last week" and a standing denial by both states, so that Tanjug is the last
  hop of all it relays; Tunis Afrique Presse on the Vostochny summit, with "MOSCOW,
  Sept. 13 (TAP) -", a lead ending "indicated on Wednesday as he received", a quotation
  after "replied:", a leader's quotation "in footage broadcast by Russian state
  television", a spokesman's quoted phrase that "TASS reported", a standing warning by
  Washington, a ministry that "urged" and a staff's report of a launch at the end of a
  sentence; Folha de S.Paulo's English edition running Reuters copy on the text of the
  Pyongyang treaty, with "SEOUL, June 20 (Reuters) -", a lead narrating the treaty's
  publication, the agency's quoted treaty article "the official KCNA news agency said",
  a president's quoted warning "Speaking at a news conference in Hanoi on Thursday", his
  conditional quotation, "He added that" with a condition set for the West, an adviser's
  report "told reporters on Thursday, hours before Putin spoke", a standing accusation
  with "its allies" and a standing denial, so that Reuters is the last hop of all it
  relays; Peru Reports from the APEC summit in Lima, with three leaders' joint
  condemnation "on Friday", an adviser who "told reporters aboard Air Force One on
  Thursday", a department's estimate under "estimates", Moscow's standing position under
  "has said", a minister's quoted pledge "on a visit to Moscow earlier this month", a
  delegation that "did not respond" and a foreign minister's quoted call "at a press
  conference on Thursday"; The Santiago Times on Shoigu in Pyongyang, with a lead ending
  "the state news agency KCNA reported on Thursday", "KCNA said" with a quoted phrase,
  the paper's own background inside a narrating sentence, a counterpart's quoted phrase
  that "Russia's TASS news agency reported", a spokesman's quoted word "on Wednesday"
  with a long title, a standing charge and a standing denial in one sentence and a
  researcher who told the paper itself; El Universal in English on the first US
  intelligence of shell purchases, with a lead ending "U.S. officials said this week"
  and the paper's own reading after "in a sign that", an official's quotation "told The
  New York Times", a press secretary's rank before his name, an ambassador's quoted
  dismissal after "calling it", a silence that is no claim, unnamed Russian officials'
  standing remarks and an ambassador's quoted call after an off-topic sentence;
  Kurdistan24 on NATO's confirmation of North Korean troops in Kursk, with "ERBIL
  (Kurdistan24) \u2013", a lead ending "said on Monday, after", a split quotation that
  carries one point, "He added that" with a quoted word, a spokeswoman's hedged
  estimate, South Korean lawmakers' report "after a closed-door briefing by the National
  Intelligence Service", a lawmaker's quotation with quoted words inside it, the
  outlet's own account of Moscow's silence, a vice minister's quoted phrase "on Friday"
  that "the state news agency KCNA reported" and an agency's account under "has said";
  datelines, leads with the attribution at the end, split quotations, relays, unnamed
  officials and plural bodies, long titles before names, relative dates and events dated
  apart from statements, standing denials, page furniture, the outlets' own background
  and analysis and most acts carried by the words behind a neutral verb), written during
  the round, apart from the code and without running it, and measured once at
  ``0b8c79b``, when the rules were thought final, and for comparison once on its
  starting code ``2b79fc7``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test104``: a hundred-and-fourth held-out set in ``bench/extract_test104/`` (ordinary
  news reports: Rudaw on the Vostochny summit, with "ERBIL, Kurdistan Region -", a lead
  whose pledge sits before "President Vladimir Putin said on Wednesday", a split
  quotation carrying one point "told Russian state media when asked whether", a leader's
  quoted phrase and his quoted pledge after "he said", a spokesman's quoted phrase he
  "told Russian news agencies on Tuesday", an adviser's quoted warning "last week", a
  standing denial by both states of "Washington's claims that" with the standing charge
  inside it and a researcher who told the outlet itself; the Gulf Daily News running
  Reuters copy on Russia's veto of the UN panel of experts, with "United Nations:", a
  lead narrating the veto "yesterday" with the panel's earlier statement after "weeks
  after", a quoted word "before the vote" and a quotation discrediting the panel, a
  quoted comparison "told reporters yesterday after the vote", a quotation before a long
  title "said in a statement", a standing charge and a standing denial by both states,
  so that Reuters is the last hop of all it relays; MaltaToday on the Security Council,
  with a lead ending "Malta's ambassador to the United Nations told the council in New
  York on Wednesday", a two-sentence quotation with a call, a READ ALSO teaser, a
  spokesperson's charge "Last week" with the strikes dated apart, a quoted dismissal and
  a quoted pledge after "he said", a quoted word after "called it an", off-topic
  background on Malta's term and a minister's quoted pledge "In a post on X";
  DutchNews.nl on North Korean troops in Kursk, with a lead ending "said on Monday",
  "the former Dutch prime minister described the deployment as" a quoted phrase, a split
  quotation carrying one point, a minister who "told broadcaster NOS on Monday evening",
  a conditional quoted phrase "on Friday", a standing quoted dismissal and the other
  state's standing position in one sentence, an MP who "told news agency ANP" and a
  specialist who "told the Volkskrant"; The Spinoff from Wellington, with curly
  quotation marks, a lead ending "announced yesterday", crossheads, a summons dated
  apart, an embassy's quoted denial around "the embassy said,", two intelligence
  services' estimate after "according to" and a lecturer who told the site itself;
  InDaily on the Pyongyang treaty, with a lead ending with a long title and "says", "She
  added that" with a quoted phrase, a minister who "did not take questions", a signing
  dated apart from a quoted clause, a quoted call with the paper's own clause inside it
  and a secretary's quoted phrase "In Washington on Tuesday, before the treaty was
  signed"; the NT News running AAP copy on munitions shipments, with a lead ending
  "South Korea's defence minister says", "he said" after a clause, "He also said" with
  "appeared to" and "without giving details", a leader's quoted call "in January" that
  "the official Korean Central News Agency reported" and a specialist who "told AAP";
  the Townsville Bulletin running AAP copy on the Malligyong-1 launch, with a launch
  dated apart from KCNA's account "said on Wednesday", "KCNA quoted leader Kim Jong-un
  as saying", two ministers' joint statement and "the statement said" with a hedged
  concern, a minister who "told public broadcaster KBS on Sunday, before the launch",
  the agency's own account of Moscow's silence and a president's pledge dated "in
  September", so that AAP is the last hop of all it relays in both; datelines, leads
  with the attribution at the end, split quotations, relays, unnamed officials and
  plural bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and analysis
  and most acts carried by the words behind a neutral verb), written during the round,
  apart from the code and without running it, and measured once at ``0b8c79b``, when the
  rules were thought final, and for comparison once on its starting code ``2b79fc7``,
  its misses never printed (blind); then read late in the round (its misses printed and
  worked on).
- ``test105``: a hundred-and-fifth held-out set in ``bench/extract_test105/`` (ordinary
  news reports: The Gisborne Herald running AP copy on the first clashes with North
  Korean troops in Kursk, with "KYIV, Ukraine (AP) \u2014", a lead ending "Ukraine's
  defense minister said Tuesday", a quotation before "told South Korean public
  broadcaster KBS in an interview", a press secretary's rank before his name, a caption
  with the North Korean government's disclaimer, a foreign minister's quoted pledge that
  state media "on Sunday quoted ... as saying" with her talks dated "last Friday", a
  standing denial and a standing position of two states in one sentence and "South
  Korean lawmakers said last week, citing a briefing by the country's spy agency" and a
  fellow's split quotation whose closing sentence is a forecast of its own, so that AP
  is the last hop of all it relays; Shine (Shanghai Daily) running Reuters copy on the
  Pyongyang treaty, with the source and editor line, a lead ending "North Korean state
  media said on Thursday", a quoted article of the treaty, a quotation before "Putin
  told reporters after the talks on Wednesday", analysts who "say", a standing
  accusation by "The United States and its allies", a long title before a chief cabinet
  secretary's name and a spokesperson's quoted phrase "on Wednesday", so that Reuters is
  the last hop of all it relays; Macau Business running Lusa copy on the Vostochny
  summit, with "Beijing, China, 14 Sep 2023 (Lusa) -", "said today", a spokesman who
  "declined to say", a two-sentence quotation after "Putin replied:", an account
  "according to the Russian news agency TASS", a leader's quoted pledge dated "on
  Wednesday" that KCNA "reported today", "The agency added", a quoted warning "last
  week" and a researcher who "told Lusa", so that Lusa is the last hop of all it relays;
  Mongolia Weekly on Ulaanbaatar's answer to the treaty, with curly quotation marks, a
  ministry's statement "posted on its website", the paper's note of what it did not say,
  a minister's quoted pledge after his long title, an ambassador's quoted phrase to
  Montsame "on Thursday", an embassy's post on X, an ambassador who told the outlet
  itself and a lawmaker's quoted call "wrote on Facebook on Thursday"; Hetq on North
  Korean missiles fired at Ukraine, with a lead ending with a long title and "said on
  Thursday", "According to Kirby,", "He added that", a minister who "wrote on X", a
  spokesman "asked about Kirby's remarks on Friday", a standing denial with a quoted
  charge, off-topic background on Armenia's arms contracts and a lawmaker's split
  quotation that carries one point, told the outlet itself; iStories on the ammunition
  trains, with the outlet's own findings, "In return, Shin said," inside a sentence, an
  anonymous railway employee, an officer's quotation after a sentence that only
  describes, a prosecutor general who "told Reuters this month", a charge dated "In
  October", questions not answered and a standing denial and a standing quoted charge in
  one sentence; Lawfare on Russia's veto of the UN panel of experts, with the author's
  own account of the veto, her judgement carried on by a second sentence, crossheads, an
  ambassador's quotation "Explaining the veto on March 28", "He argued", a two-sentence
  quotation after "said:", the panel's finding "In its final report, made public in
  March" and the author's forecast and call; The Conversation on Shoigu's return to
  Pyongyang, with the disclosure and partner blocks, the author's own forecast,
  background, judgements and call, "According to North Korea's state news agency, KCNA,"
  with a quoted phrase, a quoted word that "TASS reported", a quotation before "he
  replied" with the summit dated "A year earlier", a hedged belief with the launch dated
  apart and a standing denial under "insists"; datelines, leads with the attribution at
  the end, split quotations, relays, unnamed officials and plural bodies, long titles
  before names, relative dates and events dated apart from statements, standing denials,
  page furniture, the outlets' own background and analysis and most acts carried by the
  words behind a neutral verb), written during the round, apart from the code and
  without running it, and measured once at ``0b8c79b``, when the rules were thought
  final, and for comparison once on its starting code ``2b79fc7``, its misses never
  printed (blind); then read late in the round (its misses printed and worked on).
- ``test106``: a hundred-and-sixth held-out set in ``bench/extract_test106/`` (ordinary
  news reports: New Era on Russia's veto of the UN panel of experts, with the staff
  byline, a photo caption with its credit, a lead narrating Thursday's vote, an
  ambassador's quotation with "today" inside it before her long title and "told the
  council", a quoted likening after "likened the veto to", a split quotation whose
  closing sentence carries on the same point, a quoted word and a call in one sentence,
  the panel's finding "in a report submitted ... earlier this month", a standing charge
  and a standing denial by two states, off-topic background on Namibia, a lecturer who
  told the outlet itself and an additional-reporting line that is no relay; Mmegi on the
  Pyongyang treaty, with a "PIC:" credit, a leader's quoted phrase "told a joint news
  conference after the talks", a treaty article quoted by state media "on Thursday", the
  paper's own background on the lapsed defence clause, a president's warning "speaking
  in Hanoi on Thursday" of a step conditional on others' deliveries, a state's
  reconsideration with an act of protest, a chief cabinet secretary's quoted concern
  after his long title, a standing charge and a standing denial under "which ... deny"
  in one sentence and off-topic background on Botswana; NewsDay on the Vostochny summit,
  with the capitalised byline, a lead narrating the summit "yesterday", a reply after
  "Putin replied:" to Russian state television, a leader's quoted pledge, a spokesperson
  who "told Russian news agencies" that no agreements were signed, state media that
  "reported this morning", an adviser's quoted warning "last week", an adviser who "said
  yesterday", a standing denial under "have previously denied" and an analyst who told
  the outlet itself; the Daily Monitor on North Korean troops in combat in Kursk, with
  the "What you need to know:" box, a lead ending "South Korean lawmakers said on
  Wednesday after a closed-door briefing by the country's spy agency", a lawmaker who
  "quoted the National Intelligence Service (NIS) as saying", the agency's hedged belief
  "according to Lee", an estimate "earlier this month", an ALSO READ teaser, the paper's
  own account of a silence, an ambassador's quoted dismissal "last month" and Seoul's
  standing warning under "has said"; New Vision on Lavrov in Pyongyang, with the "Added"
  stamp, a lead ending with a quoted phrase "said in Pyongyang on Thursday", "He
  accused", KCNA that "on Friday quoted leader Kim Jong Un as telling Lavrov, whom he
  received on Thursday", a quoted phrase that "Russian news agencies reported", the
  White House's charge "last week", a spokesman "Asked about the containers on Monday"
  who discredits the charge, a standing dismissal with a quoted word and a minister who
  "told parliament this week" a hedged forecast; Capital FM running AFP copy on the
  Malligyong-1 satellite, with "SEOUL, South Korea, Nov 23 \u2013", a lead ending "state
  media said Thursday, a day after Pyongyang claimed", "The agency added", unnamed
  officials' suspicion "before the launch", a pledge dated "in September" and a
  quotation "told AFP", so that AFP is the last hop of all it relays; the Daily Trust
  running Reuters copy on the Kharkiv missile, with the ADVERTISEMENT markers, "UNITED
  NATIONS, April 29 (Reuters) \u2013", a lead ending "in a report seen by Reuters on
  Monday", a quotation after "wrote in the 32-page report:", charges dated "in February"
  and "in January", a standing denial and a vow "last year" by two states in one
  sentence and council diplomats' expectation, so that Reuters is the last hop of all it
  relays; Graphic Online on Kim Yo Jong's denial, with a lead ending "said on Friday",
  her quoted phrase "In a statement carried by the official Korean Central News Agency
  (KCNA)", "She added that", a deputy spokesman's quoted word "on Friday" and "He added
  that" with his pledge, a joint statement of two states "issued on Thursday" with a
  quoted word and a lecturer who "told the Daily Graphic"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and analysis and most
  acts carried by the words behind a neutral verb), written after the rules of
  ``0b8c79b`` were final, apart from the code and without running it, and measured there
  and at ``351511e`` (the same figures), and for comparison once on its starting code
  ``2b79fc7``, its misses never printed (blind); then read late in the round (its misses
  printed and worked on).
- ``test107``: a hundred-and-seventh held-out set in ``bench/extract_test107/``
  (ordinary news reports: Le360 running AFP copy on the Vostochny summit, with the "By
  Le360 (with AFP)" byline printed twice, a lead ending "President Vladimir Putin said
  on Wednesday", a two-sentence quotation before "Putin told Russian state television
  when asked", a split quotation "according to Russian news agencies" whose closing
  sentence is a pledge of its own, a spokesman's account of no agreements that denies,
  KCNA's account "said on Tuesday" of a departure dated apart, an adviser's quoted
  warning "last week" and a standing denial by both states, so that AFP is the last hop
  of all it relays; Egypt Today on the Pyongyang treaty, with curly quotation marks,
  "CAIRO \u2013 20 June 2024:", a lead ending "North Korean state media said on
  Thursday", a leader's quoted phrase "on Wednesday" and his quoted pledge after "He
  also expressed", a quoted warning "Speaking in Hanoi on Thursday" that "Reuters
  reported", a conditional quotation before "he added", a standing accusation and a
  standing denial in one sentence and an analyst's quotation after "told Egypt Today:";
  Jordan News running AFP copy on the shipping containers, with "WASHINGTON, United
  States \u2014", a lead ending "the White House said Friday", "In return, he added,"
  inside a sentence, a sanctions pledge before "Kirby said", a spokesman's quoted
  dismissal that "Russian news agencies reported", analysts' quoted word "last week" and
  the "\u2014 AFP" line, so that AFP is the last hop of all it relays; The Malta
  Independent running AP copy on Choe Son Hui in Moscow, with "MOSCOW (AP) \u2014", a
  lead ending "the Kremlin said Wednesday", a minister's quoted phrase and his charge in
  one sentence, a quoted pledge "according to Russian state media", KCNA's quoted phrase
  with a summit dated apart, the White House's charge "earlier this month" and the
  contributor line, so that AP is the last hop of all it relays; EUobserver on Rutte's
  confirmation of North Korean troops in Kursk, with dates in brackets ("on Monday (28
  October)"), quoted crossheads, the outlet's own account of a silence and its
  judgement, a vice minister's quoted phrase "in a statement carried by the state news
  agency KCNA", a quoted warning "in a statement on behalf of the 27 member states", an
  unnamed diplomat who told the outlet itself and an MEP with his group in brackets; The
  Press and Journal running PA copy on Russia's veto of the UN panel of experts, with
  "Mr Nebenzia said" and his quoted discrediting of the panel, a quotation after
  "said:", the panel's finding "In its latest report, made public earlier this month"
  with an attack dated apart and Washington's standing charge under "says", so that PA
  is the last hop of all it relays; the Jersey Evening Post running AP copy on the
  Malligyong-1 launch, with the "By contributor" byline, a caption with the North Korean
  government's disclaimer, a state's own feat "said Wednesday", a plan and a quoted
  phrase in one sentence "according to the official Korean Central News Agency", a
  hedged belief "told lawmakers earlier this month", a pledge "in September" and
  Moscow's standing position under "has said", so that AP is the last hop of all it
  relays; the Guernsey Press running PA copy on Shoigu in Pyongyang, with a leader's
  quoted phrase that "the agency said", a minister's quoted phrase that "Tass quoted Mr
  Shoigu as telling his North Korean counterpart", a standing accusation under "The
  visit comes as", the White House's charge dated "Last year" and a ministry's warning
  "said on Thursday", so that PA is the last hop of all it relays; datelines, leads with
  the attribution at the end, split quotations, relays, unnamed officials and plural
  bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and analysis
  and most acts carried by the words behind a neutral verb), written after the rules of
  ``0b8c79b`` were final, apart from the code and without running it, and measured there
  and at ``351511e`` (the same figures), and for comparison once on its starting code
  ``2b79fc7``, its misses never printed (blind); then read late in the round (its misses
  printed and worked on).
- ``test108``: a hundred-and-eighth held-out set in ``bench/extract_test108/`` (ordinary
  news reports: GBC News on the Security Council meeting on Ukraine, with a lead ending
  "the UK Foreign Secretary, David Lammy, told the United Nations Security Council on
  Monday", a quoted phrase after "said the Kremlin was now", an envoy with a long title
  who "rejected the accusations as" a quoted phrase, a split quotation whose closing
  sentence warns after a concern, the broadcaster's own background and its account of a
  silence, a government that "said in a statement today" and a seat of government
  speaking through a spokesman; Iceland Monitor on the Pyongyang treaty, with a lead
  ending "told mbl.is today" (the publisher's own site) and the signing dated
  "yesterday", a leader's quotation "yesterday, according to Russian state media", a
  quoted pledge "according to KCNA", state media's quoted phrase "today", a secretary
  general's concern "earlier this week" and a standing accusation and a standing denial
  by two states each in one sentence; The Barents Observer on the Norwegian Intelligence
  Service's assessment, with curly quotation marks, a lead ending "says in its annual
  assessment ..., published on Monday", a quotation before "the report reads", a belief
  "according to the assessment", an intelligence chief's quoted forecast "Speaking at
  the presentation in Oslo on Monday", a minister's call, shipping "according to
  satellite imagery analysed by researchers", missiles "according to Ukrainian and US
  officials", a quoted denial "Earlier this month" after a very long title that "KCNA
  reported" and a standing denial under "has consistently denied"; High North News on
  the Malligyong-1 launch, with a lead ending "South Korean lawmakers said on Thursday,
  citing the country's National Intelligence Service (NIS)", a lawmaker's quotation, an
  agency's plan "According to Yoo", an administration's quoted phrase "in a statement
  carried by the state news agency KCNA on Wednesday", a president's pledge "in
  September" with a quotation after "adding:", a spokesman's quoted phrase "Asked on
  Thursday" and the outlet's own background on the resolutions; Arctic Today on Shoigu
  in Pyongyang, with state media's account and Washington's warning after "as" in the
  lead, a minister's quoted phrase that "the TASS news agency reported", a ministry's
  quoted phrase "in a post on Telegram on Tuesday", a parade dated apart that KCNA
  "reported Friday", a spokesman's quotation before his long title and a standing denial
  by each state in one sentence; TOLOnews on the Vostochny summit, with a lead "has
  said" and the summit dated "on Wednesday", a quotation after "Putin said:" answering
  state television, three quoted phrases in one pledge "according to Russian state
  media", a spokesman's account of no agreements that "Reuters reported", two analysts'
  quotations and unnamed analysts; Pajhwok Afghan News on Russia's veto of the UN panel
  of experts, with "NEW YORK (Pajhwok):", a lead narrating the veto, an ambassador's
  quotation discrediting the panel, "He added", the panel's statement "In its latest
  report, submitted to the council earlier this month", a deputy ambassador's
  two-sentence quotation and a standing charge and a standing rejection in one sentence;
  the Times of Oman running AFP copy on North Korean ballistic missiles fired at
  Ukraine, with "Washington:", a lead ending "the White House said Thursday", a split
  quotation before a spokesman's title, a pledge before "Kirby said", a hedged
  expectation before "he said", a standing charge under "has previously said", a
  ministry's quoted condemnation "said Friday" and a researcher who "told AFP", so that
  AFP is the last hop of all it relays; datelines, leads with the attribution at the
  end, split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written after the rules of ``0b8c79b`` were final, apart from
  the code and without running it, and measured there and at ``351511e`` (the same
  figures), and for comparison once on its starting code ``2b79fc7``, its misses never
  printed (blind); then read late in the round (its misses printed and worked on).
- ``test109``: a hundred-and-ninth held-out set in ``bench/extract_test109/`` (ordinary
  news reports: Muscat Daily running AFP copy on the Vostochny summit, with "Vostochny
  Cosmodrome, Russia -", a lead ending "President Vladimir Putin said on Wednesday", a
  quotation after "Putin replied:" to a question put by Russian state television, a
  leader's quoted pledge "according to Russian news agencies", a spokesman's quoted
  phrase and his account of no agreements after "He said", an adviser's quoted warning
  "last week", a standing denial by both states and a president's two-sentence quotation
  "told AFP", so that AFP is the last hop of all it relays; Iraqi News on the Pyongyang
  treaty, with "Pyongyang (IraqiNews.com) \u2013", a lead with a quoted phrase ending
  "North Korean state media said on Thursday", a quoted "does not exclude" with no
  condition that "Russian news agency TASS reported", an unnamed senior official's
  warning "on Thursday", a standing accusation by two states and a standing denial by
  two others in one sentence and a professor who "told Reuters"; Shafaq News on North
  Korean troops in Kursk, with "Shafaq News/" before a lead ending "said on Monday", a
  quotation "according to Reuters", a press secretary's long title and a reported clause
  and a quoted phrase in one sentence, "South Korean lawmakers said on Tuesday, citing
  the country's spy agency", "the lawmakers added", the outlet's own account of a
  silence, a president's quoted phrase "last week" after "did not deny the reports" and
  a mission's quoted dismissal; NEWS.am on Lavrov in Pyongyang, with a lead ending "TASS
  reports", "He added that" with a quoted word, "TASS quoted Choe as saying" with a
  quoted pledge, a charge dated "Last week", a standing dismissal with a quoted word and
  a ministry's call that "Yonhap news agency reported"; BelTA on Russia's veto of the UN
  panel of experts, with "MINSK, 29 March (BelTA) -", a lead with a long title and "said
  in New York on 28 March" whose words discredit the panel, a quotation before "the
  Russian diplomat said, TASS reported", the panel's finding in a report "released
  earlier this month", a deputy's charge after "claimed", a spokeswoman's quoted word
  "on Telegram on Thursday", a spokesman who told the agency itself and a standing
  denial under "have repeatedly refuted"; Nasha Niva in English on Lukashenko and the
  North Korean troops, with a lead with a quoted phrase "according to the Telegram
  channel Pul Pervogo", a two-sentence quotation, "He added that Belarus would never
  send" (a pledge), off-topic background on Minsk's ties with Pyongyang, a secretary's
  charge "last week", a minister's quoted pledge with the talks dated "on Friday" and an
  analyst who told the outlet itself; Isle of Man Today running PA copy on the
  Malligyong-1 launch, with a lead "North Korea says" with no date, KCNA "said on
  Wednesday" with the launch dated apart, a minister's two-sentence quotation after her
  long title and "said:", a military's hedged suspicion dated "before the launch", two
  different standing denials in one sentence and a professor's split quotation around
  "said" whose closing sentence carries the same point, so that PA is the last hop of
  all it relays; Monaco Tribune on Monaco's asset freeze under the EU's listings, with
  curly quotation marks, a lead ending "the Prince's Government announced on Thursday",
  the EU's sanctions dated "on Monday" apart from the statement, a quotation before "the
  statement said", a minister's "would never allow" (a pledge), off-topic background on
  Monaco's sanctions policy, a standing estimate "according to Seoul and Washington", a
  ministry's quoted charge that "the Korean Central News Agency reported" and the
  Kremlin's standing position; datelines, leads with the attribution at the end, split
  quotations, relays, unnamed officials and plural bodies, long titles before names,
  relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written after the rules of ``0b8c79b`` were final, apart from
  the code and without running it, and measured there and at ``351511e`` (the same
  figures), and for comparison once on its starting code ``2b79fc7``, its misses never
  printed (blind); then read late in the round (its misses printed and worked on).
- ``test110``: a hundred-and-tenth held-out set in ``bench/extract_test110/`` (ordinary
  news reports: The Oregonian on North Korean ballistic missiles fired at Ukraine, with
  a lead ending "the White House said Thursday, citing newly declassified U.S.
  intelligence", a spokesman who "told reporters" with launches dated "on Dec. 30" and
  "on Tuesday" apart from his statement, "He added that" with a pledge, the paper's own
  background on the summit, a standing denial by both states, a spy agency that "told
  lawmakers in Seoul in November", a senator's quoted phrase "In a statement Thursday
  evening" after a long title, his call after "urged" and a professor's split quotation;
  the Tampa Bay Times running AP copy on the Vostochny summit, with "VOSTOCHNY
  COSMODROME, Russia (AP) \u2014", a lead ending "said Wednesday" with a pledge, a
  quotation after "Putin replied:" to a question put by Russian state television, a
  leader's quoted phrase "told Putin through an interpreter" and his quoted pledge, a
  spokesman's account of no agreements he "told Russian news agencies" (a denial),
  unnamed U.S. officials' standing warning under "have said", a spokesman's long title
  and "said Tuesday" and a standing denial by both states, so that AP is the last hop of
  all it relays; The Atlanta Journal-Constitution on North Korean troops in Kursk, with
  a lead ending "Secretary of State Antony Blinken said Thursday", a negated "have not
  yet seen" that predicts, "He added that", an estimate "said Monday", the paper's own
  account of a silence, a vice foreign minister's quoted phrase "last week" "according
  to the official Korean Central News Agency", a minister's quoted pledge "on Friday"
  that "Russian state media reported", a president's quoted call "in his nightly video
  address on Thursday" and an additional-reporting line that is no relay; the Boston
  Herald on the Pyongyang treaty, with a lead ending "said Wednesday after signing", the
  same leader's quotation after "said:", a leader's quoted word, the paper's own
  judgement and Washington's standing accusation in one sentence, a standing denial
  under "Both governments deny", a secretary's quoted word "in Washington on Tuesday"
  and a congressman's split quotation "told the Herald" (the publisher itself) whose
  closing sentence is a call of its own; the Las Vegas Review-Journal on Lavrov in
  Pyongyang, with a lead with a quoted phrase ending "said Thursday" and the summit
  dated "last month", "He accused", "TASS quoted Choe as saying" with a quoted pledge, a
  spokesman's charge "said last week" and its second half split by "he said", two
  different standing denials in one sentence and a professor's quotation and reported
  judgement; The Salt Lake Tribune on Russia's veto of the UN panel of experts, with a
  lead narrating the veto, the panel's finding "made public earlier this month", an
  ambassador's quoted words that discredit the panel and "He added that" with a call, a
  deputy ambassador's two-sentence quotation after "told the council after the vote:",
  an ambassador's quoted comparison, a standing denial by both states, a senator's
  quoted phrase "said in a statement" and an additional-reporting line that is no relay;
  The Arizona Republic on the Malligyong-1 launch, with a lead ending "South Korea's spy
  agency told lawmakers Thursday", a lawmaker's account of the closed briefing, KCNA
  "said Wednesday" with the launch dated "late Tuesday" apart, "the agency added" with a
  quoted phrase, a pledge dated "At his summit with Kim Jong Un in September", the
  paper's own account of a silence and Russian officials' standing position in one
  sentence, a senator who "told The Arizona Republic on Wednesday" (the publisher
  itself) and a professor's quotation after a colon; the Toronto Sun on Shoigu in
  Pyongyang, with curly quotation marks, a lead ending "North Korean state media
  reported Thursday", a quoted phrase before "the Korean Central News Agency said", a
  minister's quotation "on Wednesday, according to Russian state media", a standing
  denial and a standing dismissal with a quoted word in one sentence, unnamed South
  Korean officials who "said Friday", off-topic scene at the parade and a department's
  spokesperson who "told the Sun" a quoted phrase and "the spokesperson added" with a
  pledge; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and analysis and most acts carried by the words behind a neutral verb),
  written during the round, apart from the code and without running it, and measured
  once at ``351511e``, when the rules were thought final, and for comparison once on its
  starting code ``2b79fc7``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test111``: a hundred-and-eleventh held-out set in ``bench/extract_test111/``
  (ordinary news reports: Canada's National Observer running Canadian Press copy on the
  North Korean missiles fired at Ukraine, with "OTTAWA \u2014", curly quotation marks, a
  lead ending "Foreign Affairs Minister M\u00e9lanie Joly said Wednesday", a quoted
  phrase inside a reported charge "Joly said in a statement", a joint statement's charge
  with the launches dated apart, a spokesman's account "last Thursday" and his quotation
  "at the time", a standing denial by both states, an unnamed spokeswoman's quoted
  phrase and a fellow's quotation before his long title, so that the Canadian Press is
  the last hop of all it relays; the Manchester Evening News on the Pyongyang treaty,
  with a lead "has told" with a quoted phrase and no date, a quoted warning "Speaking at
  a press conference in Hanoi on Thursday", an adviser's quoted word "earlier on
  Thursday", a quoted "does not exclude" with no condition, a treaty's clause "according
  to the full text published by" KCNA "today (June 20)", a leader's quoted pledge, an
  office spokesperson's quotation after "said:" and a standing accusation and denial;
  the Liverpool Echo on the 1,000 containers of munitions, with a lead ending "the White
  House has said", "He added that", "South Korean officials said earlier this week", a
  ministry's hedged quotation from its intelligence update, the paper's own account of a
  silence and a standing dismissal in one sentence and a lecturer who "told the ECHO";
  the Northern Echo running PA copy on the Vostochny summit, with a quotation "according
  to Russian state media", a reply after "Mr Putin replied:", a spokesman's quoted
  phrase "on Tuesday", an adviser's quoted warning "last week" and a spokesman's
  quotation "Asked about the summit on Wednesday", so that PA is the last hop of all it
  relays; the Daily Record on Shoigu in Pyongyang, with KCNA's quoted phrase "reported
  on Thursday", "KCNA quoted Kim as telling" with a quoted pledge, a minister's quoted
  phrase that "Russian state media reported", off-topic lines on the parade, two
  different standing denials in one sentence and a professor who "told the Record"; the
  Irish News running PA copy on the Malligyong-1 launch, with a lead "North Korea says"
  with no date, KCNA "said on Wednesday" with the launch dated apart, a minister's
  quotation "told the broadcaster KBS on Sunday" and a president's pledge "At their
  summit ... in September"; the News Letter running PA copy on Russia's veto of the UN
  panel of experts, with an ambassador's quoted words that discredit the panel, "She
  accused", the panel's statement in a report "released earlier this month" a ministry's
  pledge "said on Friday" and a quotation split around "said" whose closing sentence
  carries the same point; the Limerick Leader on the EU's listings over the troops in
  Kursk, with a capitalised first word, a lead with a quoted phrase and no date,
  "Speaking in Brussels on Monday", a council's quoted phrase, a president's quoted
  phrase "on Saturday", the paper's own account of a silence, a standing position under
  "has said" and a lecturer who "told the Limerick Leader"; datelines, leads with the
  attribution at the end, split quotations, relays, unnamed officials and plural bodies,
  long titles before names, relative dates and events dated apart from statements,
  standing denials, page furniture, the outlets' own background and analysis and most
  acts carried by the words behind a neutral verb), written during the round, apart from
  the code and without running it, and measured once at ``351511e``, when the rules were
  thought final, and for comparison once on its starting code ``2b79fc7``, its misses
  never printed (blind); then read late in the round (its misses printed and worked on).
- ``test112``: a hundred-and-twelfth held-out set in ``bench/extract_test112/``
  (ordinary news reports: the Sunshine Coast Daily running AAP copy on the Vostochny
  summit, with a lead with "President Vladimir Putin has indicated after hosting", a
  two-sentence quotation after "Putin replied:" to a question put by Russian state
  television, KCNA's quoted phrase "reported on Thursday", a spokesman's account of no
  agreements that "Russian news agencies reported", a spokesman's quoted warning "on
  Wednesday" and a standing accusation with a standing denial by both states after
  "which", so that AAP is the last hop of all it relays; The Cairns Post on North Korean
  casualties in Kursk, with a lead ending "the Pentagon has confirmed", a quotation
  before a press secretary's long title "on Monday, US time", an unnamed official's
  quoted estimate after "He would not say", a president's quoted phrase "in his nightly
  video address on Saturday", three states' standing estimate under "say", the paper's
  own account of a silence, a minister's quoted charge "in October" and a lecturer who
  told the paper itself; the Geelong Advertiser on Shoigu in Pyongyang, with a lead
  ending "state media reported", KCNA's quoted phrase "said on Thursday", the paper's
  own background in an apposition, a minister's quoted phrase that "Russia's TASS news
  agency reported", a quotation "KCNA quoted Kim as telling Shoigu", a parade dated
  apart, an unnamed spokesperson's concern "on Thursday", a standing dismissal in a
  quoted word after "which" and an expert's call after "She said"; the Newcastle Herald
  running AP copy on the Pyongyang treaty, with "SEOUL, South Korea (AP) \u2014", a lead
  narrating the signing whose claim sits before "Putin said", a quoted "does not
  exclude" with no condition "according to Russian state media", Washington's standing
  concern after "as", a standing denial by both states, the agency's own assessment of
  the resolutions and the contributors' line that is no relay, so that AP is the last
  hop of all it relays; the Illawarra Mercury on Russia's veto of the UN panel of
  experts, with Washington's charge after "a move the United States said", an
  ambassador's quotation discrediting the panel "on Thursday", the panel's finding in a
  report "released earlier this month", two states' standing charge and a standing
  denial by two others and a spokesperson who "told the Mercury" (the publisher itself);
  PerthNow on the Malligyong-1 launch, with "Camera Icon" captions, a lead "North Korea
  says" with no date, KCNA's quoted phrase "said on Wednesday" with the launch dated
  apart, "The agency added", a belief "South Korean lawmakers said on Thursday after a
  closed-door briefing by the National Intelligence Service", a president's pledge "At
  their summit ... in September" and a secretary's non-confirmation "on Wednesday"; the
  Waikato Times running Reuters copy on Belousov in Pyongyang, with "SEOUL, Nov 30
  (Reuters) -", a leader's quoted pledge that "state media said on Saturday", a meeting
  dated "on Friday" apart from KCNA's account, "KCNA quoted Kim as saying", an
  intelligence chief's charge "this month", the agency's account of a silence with two
  states' standing estimate after "whom", so that Reuters is the last hop of all it
  relays; Thai PBS World on the North Korean troops in Kursk, with curly quotation
  marks, a lead with a quoted phrase ending "US Secretary of State Antony Blinken said
  on Thursday", a minister's hedged expectation, a deputy ambassador's quoted warning
  "At the UN Security Council in New York on Wednesday", an envoy's quoted position
  "without confirming", a ratification "last week" in the outlet's own background, a
  spokesman's quoted phrase and call "on Friday" and an associate professor who told the
  outlet itself; datelines, leads with the attribution at the end, split quotations,
  relays, unnamed officials and plural bodies, long titles before names, relative dates
  and events dated apart from statements, standing denials, page furniture, the outlets'
  own background and analysis and most acts carried by the words behind a neutral verb),
  written during the round, apart from the code and without running it, and measured
  once at ``351511e``, when the rules were thought final, and for comparison once on its
  starting code ``2b79fc7``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test113``: a hundred-and-thirteenth held-out set in ``bench/extract_test113/``
  (ordinary news reports: MindaNews on the Pyongyang treaty, with "DAVAO CITY (MindaNews
  / 21 June) \u2014", a lead with a quoted phrase ending "the Department of Foreign
  Affairs (DFA) said on Thursday", a split quotation around "the DFA said in a
  statement" whose closing sentence is a warning of its own, a secretary's quoted phrase
  after "described the pact as a sign that", the outlet's own account of the treaty with
  the signing dated apart, "TASS quoted Putin as saying", a leader's quoted phrase
  "according to" KCNA, Washington's standing charge and a standing denial by both states
  in one sentence and a scholar who told the outlet itself; the Gibraltar Chronicle
  running PA copy on North Korean missiles fired at Ukraine, with a lead with a quoted
  phrase ending "the UK and more than 40 of its allies said on Tuesday", a joint
  statement with the strikes dated apart, a quotation before "the statement said", a
  foreign secretary's quotation after "said:" and his pledge after "He added:", the
  White House's charge "last Thursday" with a quoted phrase after "calling", the
  agency's own background and a standing denial by both states, so that PA is the last
  hop of all it relays; Echo Live on the Tánaiste and the North Korean troops in Kursk,
  with a lead with a quoted phrase "on Thursday" and a pledge in one sentence, a
  two-sentence quotation after a long title and "said:", a quotation before "he added",
  a confirmation "on Monday", an estimate "On Thursday", the paper's own account of a
  silence, a president's quoted phrase "last week", off-topic background on neutrality
  and a lecturer who told the paper itself; The Tyee on the end of the UN panel of
  experts, with a lead narrating the day's event, the outlet's own account of the veto,
  a panel's finding in a report "made public on Monday", a quotation before "the experts
  wrote", an ambassador's charge "Speaking after the March 28 vote", an ambassador's
  quoted words "last month" that discredit the panel, a standing denial under "deny", a
  department's quoted regret and a quoted charge after "which it said" in a statement to
  the outlet itself and a ministry's plan "last week"; Maclean's on the Vostochny
  summit, with a three-sentence quotation after "Putin replied:" to a question put by
  Russian state television, the magazine's own background on the failed launches and its
  own analysis, a leader's quoted pledge, a spokesman's account of no agreements that
  denies, KCNA's quoted phrase "reported on Thursday", a spokesperson's quoted phrase
  "last week" and a minister's quoted phrase "In Ottawa" "on Wednesday"; The Hill Times
  on the Malligyong-1 launch, with a lead with a quoted phrase and the launch dated
  apart, a spy agency's suspicion "on Nov. 23" "according to lawmakers who attended",
  "The agency believes" ending "the lawmakers said", KCNA "claimed on Nov. 22", a
  president's pledge "At their summit ... in September", a critic with his riding in
  brackets who told the paper itself a quoted phrase and his quotation, and a standing
  position under "has said" that denies; the Kashmir Observer running AP copy on Lavrov
  in Pyongyang, with "SEOUL, South Korea (AP) \u2014", a lead with a quoted phrase "on
  Thursday", an offer "according to Russian news agencies", "was quoted by Russia's
  state news agency RIA Novosti as saying", the White House's charge "last week", a
  quotation "said at the time", a spokesperson's quoted phrase "last week" that denies
  and a ministry's quoted call "said Thursday", so that AP is the last hop of all it
  relays; The Telegraph (India) running Reuters copy on Kim Yo Jong's denial, with the
  "Reuters | Seoul | Published" line, a lead with a quoted phrase ending "state media
  KCNA said" whose words deny, a quotation "in a statement carried by KCNA", a quoted
  phrase charging "hostile forces", a standing charge by two states in one sentence, a
  minister's estimate "in February", a department's charge after "that it said" and a
  standing denial under "has also denied", so that Reuters is the last hop of all it
  relays; datelines, leads with the attribution at the end, split quotations, relays,
  unnamed officials and plural bodies, long titles before names, relative dates and
  events dated apart from statements, standing denials, page furniture, the outlets' own
  background and analysis and most acts carried by the words behind a neutral verb),
  written during the round, apart from the code and without running it, and measured
  once at ``351511e``, when the rules were thought final, and for comparison once on its
  starting code ``2b79fc7``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test114``: a hundred-and-fourteenth held-out set in ``bench/extract_test114/``
  (ordinary news reports: the Windsor Star running Canadian Press copy on the North
  Korean missiles fired at Ukraine, with "OTTAWA \u2014", a lead ending "said
  Wednesday", a quoted phrase "In a statement", a pledge after "She said", a joint
  statement of 48 countries with a quoted phrase "on Tuesday" and the strikes dated
  apart, a quotation before "the joint statement said", a spokesman who "told reporters
  last week", a minister's quoted call "writing on X", the agency's own background on
  the sanctions, a standing denial by both states and a professor who told the agency
  itself, so that The Canadian Press is the last hop of all it relays; the Regina
  Leader-Post running AFP copy on Shoigu in Pyongyang, with "SEOUL (AFP) \u2014", a lead
  ending "state media reported Thursday", a quoted phrase before "the official Korean
  Central News Agency said", a leader's quoted phrase after "According to KCNA,", the
  agency's own background on the first such visit, a minister's account "on Wednesday"
  that "Russian news agencies reported", "he added," inside a sentence with a quoted
  phrase "according to the RIA Novosti news agency", a standing accusation and a
  standing rejection in one sentence and a researcher's quotation in two sentences, so
  that AFP is the last hop of all it relays; the Saskatoon StarPhoenix on North Korean
  troops in Kursk, with a lead ending "according to the head of" a community council, a
  call "said Monday", the Pentagon "said Monday", a spokeswoman's quoted phrase, a
  minister's account "In an interview with South Korean broadcaster KBS", the paper's
  own account of the Kremlin's silence, a foreign minister's quoted pledge "on Friday"
  "according to Russian state media" and a professor's forecast with "could"; The
  Hamilton Spectator running AP copy on the Vostochny summit, with "VOSTOCHNY
  COSMODROME, Russia (AP) \u2014", a two-sentence quotation after "Putin replied:", a
  leader's pledge "in remarks broadcast by Russian state television", a spokesman's
  account of no agreements that denies, an adviser's quoted warning "last week", a
  standing accusation and a standing denial by both states in one sentence and the
  agency's own analysis of the venue, so that AP is the last hop of all it relays; the
  Times Colonist on a frigate back from sanctions patrols, with a lead ending "the
  frigate's commanding officer, Cmdr. ..., said Wednesday", "Lavigne said, because"
  inside a sentence, the paper's own account of the veto, a panel's finding in a report
  "made public in March", an ambassador's quoted words discrediting the panel, a
  centre's finding "last month" with "likely" and a department's pledge "In a
  statement"; the Waterloo Region Record on the Malligyong-1 launch, with a lead ending
  "says a Waterloo researcher", a quotation carrying on unattributed in the next
  paragraph, KCNA's two quoted phrases "said Wednesday" with the launch dated apart, a
  spy agency's belief "South Korean lawmakers said Thursday", a president's pledge "At
  his September summit", a ministry's standing position under "has called" and a
  minister's quoted phrase "in a post on X on Tuesday night"; the Guelph Mercury Tribune
  on Lavrov in Pyongyang and the munitions, with a minister's quoted phrase "in talks in
  Pyongyang on Thursday" "according to Russian state media", a spokesperson's charge
  "last week", a standing dismissal by both states and a foreign minister's quoted word
  that KCNA "reported"; Kamloops This Week on the Pyongyang treaty, with a lead ending
  "according to a Thompson Rivers University political scientist", a treaty article's
  quoted clause "according to the Korean Central News Agency", a leader's quoted word
  after "called the agreement", a president's quoted warning "Speaking to reporters in
  Hanoi on Thursday", an adviser's step "said on Thursday, hours before Putin spoke" and
  a standing accusation and a standing denial in two sentences; datelines, leads with
  the attribution at the end, split quotations, relays, unnamed officials and plural
  bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and analysis
  and most acts carried by the words behind a neutral verb), written during the round,
  apart from the code and without running it, and measured once, on the round's final
  code, and for comparison once on its starting code ``2b79fc7``, its misses never
  printed (blind).
- ``test115``: a hundred-and-fifteenth held-out set in ``bench/extract_test115/``
  (ordinary news reports: the Cape Times running Reuters copy on the Vostochny summit,
  with "VOSTOCHNY COSMODROME, Russia -", a lead ending "President Vladimir Putin said on
  Wednesday", a two-sentence answer after "Putin replied:" to a question put by Russian
  state television, a quoted phrase with "but gave no further details", a leader's
  quoted phrase "according to Russian state media", a spokesman's account of no
  agreements that denies, a standing charge and a standing denial by both states and the
  agency's own background on the failed launches, so that Reuters is the last hop of all
  it relays; The Witness running AFP copy on the Pyongyang treaty, with a lead ending
  "North Korean state media said on Thursday" and the signing dated apart, a treaty's
  quoted clause "the Korean Central News Agency said, quoting Article 4", a leader's
  quoted phrase after "has hailed ... as", "does not exclude" with no condition
  "speaking in Hanoi on Thursday", a READ teaser, an adviser's reconsideration "on
  Thursday", a standing denial under "deny this" and a defector who "told AFP"; the
  Daily Dispatch running Reuters copy on the first clashes in Kursk, with "KYIV/SEOUL
  (Reuters) -", a lead ending "said in an interview broadcast on Tuesday by South
  Korea's public broadcaster KBS", a split quotation whose closing sentence is a warning
  of its own, "He did not say", a figure "on Monday" with the incursion dated apart, a
  president's quoted charge after "accused", a READ MORE block, lawmakers "last week,
  citing the country's spy agency", the agency's own account of a silence and a
  minister's quoted pledge "on Friday during talks"; Citizen Digital on the veto of the
  UN panel of experts, with Washington's charge after "a move Washington said was" in a
  lead narrating the veto, the outlet's own account of the vote, an ambassador's quoted
  words "before the vote" that discredit the panel, a quoted charge after "likened the
  veto to", the panel's report "made public earlier this month", a call after
  "explaining Beijing's abstention" and a quoted regret "on Friday" that "Kyodo News
  reported"; The Standard (Kenya) running AP copy on Shoigu in Pyongyang, with "SEOUL,
  South Korea (AP) \u2014", a lead ending "state media said Thursday" with the visit
  dated apart in the caption, "was quoted by Russia's TASS news agency as telling", the
  agency's own background, a standing charge and a standing denial, a spokesman's quoted
  phrase "said Thursday" and a ministry's watch "said Friday", so that AP is the last
  hop of all it relays; the Zambia Daily Mail running AFP copy on the Malligyong-1
  launch, with "SEOUL \u2013", a lead ending "South Korea's spy agency told lawmakers on
  Thursday" with "likely", "The agency believes" ending with a lawmaker who "told
  reporters", a state's claim "said on Wednesday" with the launch dated apart, "KCNA
  quoted Kim as saying", a quoted charge after "with ... saying it involved" and a
  president's pledge "At their summit ... in September"; Malawi24 on North Korean
  missiles fired at Ukraine, with a lead under "says", an account "on Thursday" with the
  launches dated apart, "He added that" with a pledge, "According to Kirby,", unnamed
  officials' account that "Reuters reported", a quoted charge "wrote on Telegram", a
  standing denial with the outlet's own background after "although" and an unnamed
  analyst who "told the BBC"; The Chronicle (Zimbabwe) running Xinhua copy on Lavrov in
  Pyongyang, with "PYONGYANG \u2014", a leader's very long titles in a lead ending "the
  Korean Central News Agency (KCNA) reported Friday", a quoted phrase before "the report
  said", a minister's quoted phrase "At talks ... on Thursday", "also accused", a pledge
  before "KCNA said", "Earlier this week" before a spokesman, the White House's charge
  that it "claimed last week", a quoted dismissal "on Wednesday" and a standing denial
  by both states, so that Xinhua is the last hop of all it relays; datelines, leads with
  the attribution at the end, split quotations, relays, unnamed officials and plural
  bodies, long titles before names, relative dates and events dated apart from
  statements, standing denials, page furniture, the outlets' own background and analysis
  and most acts carried by the words behind a neutral verb), written during the round,
  apart from the code and without running it, and measured once, on the round's final
  code, and for comparison once on its starting code ``2b79fc7``, its misses never
  printed (blind).
- ``test116``: a hundred-and-sixteenth held-out set in ``bench/extract_test116/``
  (ordinary news reports: the Sudan Tribune on Russia's veto of the UN panel of experts,
  with "March 29, 2024 (NEW YORK) \u2013", a lead narrating Thursday's veto whose claim
  is Western diplomats' charge after "said was meant to", the paper's own account of the
  vote, a quotation before an ambassador's long title and "told the council before the
  vote", a standing charge by two states in one sentence and a standing denial by both,
  the panel's finding in a report "made public earlier this month", a split quotation
  around "said in a statement issued on Thursday", an ambassador's quoted comparison
  after "told reporters ... that the veto was", off-topic background on the Sudan panel
  and a researcher who told the paper itself; Garowe Online on North Korean troops in
  Kursk, with "WASHINGTON, USA -", a lead ending "said on Thursday", a quotation before
  "told reporters at a joint news conference", "He added that" with a quoted phrase, a
  secretary's quoted phrase, "would not rule out" on a condition set for Pyongyang, an
  estimate "on Monday", an ambassador's quoted dismissal "on Wednesday", an envoy's
  quoted position at "the same meeting", the outlet's own account of a silence and a
  president's quoted call in his nightly address; the Seychelles Nation on the Vostochny
  summit, with "Source: Agencies", a lead "on Wednesday hinted", a two-sentence
  quotation after "Putin replied:" to a question put by Russian state television, the
  paper's own narration of the talks, a leader's quotation and his quoted pledge in one
  sentence, KCNA's quoted phrase "reported on Thursday", a spokesman's account of no
  agreements that denies, a standing warning by Washington and a secretary's quoted
  concern "on Thursday"; L'Express (Mauritius) on the Pyongyang treaty, with the
  treaty's quoted clause that North Korea published "on Thursday", the paper's own
  account of the signing, a split quotation around "told reporters in Hanoi on Thursday"
  that warns, "The Russian leader said", a vice minister's quoted call "on Friday", a
  secretary's quoted concern and a spokesperson's quoted position "on Thursday", a
  standing denial by both states of "Western claims" and a lecturer who told the paper
  itself; The Island (Sri Lanka) on Shoigu in Pyongyang, with a lead with a quoted
  phrase ending "reported on Saturday", "According to the agency, Kim told", "TASS
  quoted Shoigu as saying", the paper's own background and analysis, a ministry's
  standing estimate under "has said", a standing denial by both states, a ministry that
  "warned on Friday" and a spokesman's quoted pledge "on Friday"; the Daily Mirror (Sri
  Lanka) running AFP copy on Lavrov in Pyongyang, with "SEOUL, Oct 19 (AFP) -", a lead
  with a quoted phrase "said Thursday", a quotation "according to Russian news
  agencies", KCNA's quoted phrase "said Thursday", the White House's charge "Last week",
  a spokesman's quoted dismissal "at the time", a standing denial by both states, a
  president's quoted phrase "last month" and the agency's own background, so that AFP is
  the last hop of all it relays; the Maldives Independent on the failed satellite launch
  of May 2024, with a lead ending "the country's state media said on Tuesday", an
  official's quoted phrase that KCNA carried "quoting" him and his quotation "according
  to KCNA", a military body's suspicion with "may have", an unnamed official's quotation
  "on Tuesday", the outlet's own background with a president's earlier pledge inside it,
  a prime minister's quoted phrase "Hours before Monday's launch" and a standing
  position under "has said" that denies; The Caravan on North Korean missile parts found
  in Kharkiv, with a lead "according to a report released last week", a quotation before
  "the report said", a prosecutor's count "earlier this month", an ambassador's quoted
  phrase at a meeting "on 10 January", a deputy's quoted word after "replied that", a
  joint statement of three named states and unnamed others "A day earlier", the
  magazine's own analysis after "The findings suggest" and a split quotation of an
  academic who told the magazine itself; datelines, leads with the attribution at the
  end, split quotations, relays, unnamed officials and plural bodies, long titles before
  names, relative dates and events dated apart from statements, standing denials, page
  furniture, the outlets' own background and analysis and most acts carried by the words
  behind a neutral verb), written during the round, apart from the code and without
  running it, and measured once, on the round's final code, and for comparison once on
  its starting code ``2b79fc7``, its misses never printed (blind).
- ``test117``: a hundred-and-seventeenth held-out set in ``bench/extract_test117/``
  (ordinary news reports: the Nanaimo News Bulletin on the North Korean troops, with a
  lead ending "says the president of the Nanaimo Ukrainian Cultural Society", a
  two-sentence quotation she "told the News Bulletin on Thursday", a spy agency that
  "said last week" and "On Wednesday ... told lawmakers", a minister's quoted phrase "In
  a statement on Thursday", a president who "did not deny the reports" with a quoted
  phrase, a diplomat's quoted dismissal "on Monday", the paper's own background on the
  treaty and a standing denial by "Both governments"; the Kashmir Times on the Vostochny
  summit, with "MOSCOW, Sept 13:", a lead with a leader's pledge and a quoted phrase "on
  Wednesday", a quotation after "Putin replied:", a spokesman's account of no agreements
  that denies, launches "according to" a joint staff, a spokesman's warning and his
  quotation before "he added", Washington's standing charge and a standing denial after
  "a charge both countries have denied"; The Bhutanese on the Pyongyang treaty, with no
  dateline, state media's quoted phrase "said on Thursday" and the signing dated apart,
  a leader's quoted phrase, a president's quoted warning "in Hanoi on Thursday" and a
  second warning in the next sentence, a presidential office's quoted word, a
  secretary's quoted concern, a standing charge and a standing denial and a lecturer who
  told the paper itself; the Somali Guardian on the veto that ended the UN panel of
  experts, with "New York (Somali Guardian) -", Western diplomats' warning inside a lead
  narrating the veto, an ambassador's quoted phrase that discredits the panel, "He
  accused" with a quoted word, a quotation after "told reporters outside the council
  chamber:", an envoy's call, the panel's findings "made public earlier this month" and
  off-topic background on Somalia's own embargo; the Madagascar Tribune in English on
  the Malligyong-1 launch, with a lead with two claims, KCNA "said on Wednesday" with
  the launch dated apart, "The agency added" with a quoted phrase, a lawmaker who
  "quoted the National Intelligence Service (NIS) as saying on Thursday", a president's
  pledge "When Kim Jong Un visited ... in September" and the paper's own account of
  Moscow's silence beside the Kremlin's standing position in one sentence; The
  Lethbridge Herald running Canadian Press copy on the North Korean missiles fired at
  Ukraine, with "OTTAWA \u2014", a joint statement's quotation before "says the joint
  statement, which was issued Tuesday", "The statement says" with the attacks dated
  apart, a spokesman with a long title who "said last week", a spokesperson's quoted
  pledge "in an email", a spokesman who "declined to comment", a standing dismissal with
  a quoted word and a split quotation around "said", so that the Canadian Press is the
  last hop of all it relays; the Brandon Sun on Lavrov in Pyongyang, with a headline
  ending ": BU prof", Advertisement breaks, a lead ending "says a Brandon University
  political scientist", a minister's quoted phrase "according to Russian news agencies",
  "He accused", KCNA's quoted phrase "reported Friday", a spokesman's charge "Last
  Friday", a standing denial under "have both rejected", the paper's own background on
  Shoigu's visit and a hedged forecast; the Sudbury Star on the shells sent through the
  Middle East, with the Postmedia author line and "Article content" breaks, a lead
  ending "the White House said this week", a quotation with a long title before "told
  reporters Wednesday", "He added that", U.S. officials' charge "first said in
  September", an official's denial "in a statement carried by the state news agency
  KCNA", an embassy's quoted dismissal "in a post on Telegram on Thursday" and the
  paper's own background on the resolutions; datelines, leads with the attribution at
  the end, split quotations, relays, unnamed officials and plural bodies, long titles
  before names, relative dates and events dated apart from statements, standing denials,
  page furniture, the outlets' own background and analysis and most acts carried by the
  words behind a neutral verb), written during the round, apart from the code and
  without running it, and measured once, on the round's final code, and for comparison
  once on its starting code ``2b79fc7``, its misses never printed (blind).
- ``test118``: a hundred-and-eighteenth held-out set in ``bench/extract_test118/``
  (ordinary news reports: a Plain Dealer report on the Treasury sanctions of May 2024
  with a senator's quoted phrase and warning in the lead, his statement running over two
  paragraphs, a department's charge after "that it said", an under secretary's quotation
  before a long title, a sister's quoted denial carried by KCNA, a standing charge and a
  standing denial by both states and a lecturer's split quotation; the Detroit Free
  Press running AP copy on the Vostochny summit with a leader's pledge and Washington's
  hedged warning in the lead, a quotation "according to Russian state media", a
  president's answer to Russian state television, the agency's hedged background, an
  adviser's warning "last week" and a spokesman's dismissal "at the time"; a Kansas City
  Star report on the North Korean troops with a scholar's hedged forecast as lead and
  her quotation to the paper itself, a press secretary's figures and quotation, a
  secretary's warning "last week", a vice minister's quoted non-denial via KCNA and a
  senator's statement with "he added"; The Charlotte Observer running Reuters copy on
  the veto that ended the UN panel of experts with a charge by Western council members
  inside the lead, an ambassador's quoted phrase and charge, an ambassador's regret and
  pledge in one sentence, the panel's report "made public earlier this month" and an
  unnamed senior official; the Orlando Sentinel running AP copy on the Pyongyang treaty
  with a president's announcement and the agency's hedged assessment in one lead, "He
  also accused", a secretary-general's quotation "Tuesday" and U.S. officials' standing
  charge; a St. Louis Post-Dispatch report on the North Korean missiles fired at Ukraine
  with strikes dated apart, a claim before "he said", a hedged forecast, the paper's
  background on the aid request and a senator's statement to the paper itself; a
  Milwaukee Journal Sentinel report on the Malligyong-1 launch with a spy agency's
  hedged suspicion relayed by a lawmaker, KCNA's quoted phrase, a ministry's warning
  "KCNA reported", Moscow's standing position and a congressman's statement and call;
  and a Philadelphia Inquirer report on Russian oil shipped to North Korea with a
  research group's report "released Friday", a foreign secretary's quotation after "said
  Friday:", a spy agency's standing estimate, an adviser's hedged suspicion told to SBS,
  a leader's warning and charge via KCNA and a fellow's three-sentence forecast),
  written at the round's start, apart from the code and without running it, and measured
  at first sight on the round's starting code ``a9fd9c8``; then read (its misses printed
  and worked on).
- ``test119``: a hundred-and-nineteenth held-out set in ``bench/extract_test119/``
  (ordinary news reports: a Pittsburgh Post-Gazette report on the North Korean troops
  with a lead ending "the Pentagon said Monday", a quotation split around "told
  reporters", a vice minister's quoted phrase carried by KCNA, a congressman's quotation
  to the paper itself and the house courtesy titles; a Courier Journal report on the
  Pyongyang treaty with a senator's lead and two-sentence quotation, the treaty's words
  published by KCNA, an adviser's plan, a spokesman's concern "earlier this week" and a
  lecturer's hedged forecast; The Tennessean running Reuters copy on Belousov in
  Pyongyang with a leader's pledge "on Friday" that KCNA reported "on Saturday", RIA's
  quoted minister, an adviser's hedged charge "last week" and standing positions,
  Reuters the last hop; a Sacramento Bee report on Russian oil for North Korea with a
  research group's findings "according to" and "in a report released Friday", a
  congressman's split quotation to the paper itself and his call, a foreign secretary
  who "told the BBC" and Russian officials' standing position; The San Diego
  Union-Tribune running AP copy on Kim's tour of Russian bombers with Western officials'
  fear in the lead, quoted phrases relayed by RIA Novosti and KCNA, a president's words
  "At their summit Wednesday", experts' hedged view and a standing denial, AP the last
  hop; a Virginian-Pilot report on North Korean casualties in Kursk with a lead ending
  "the White House said Tuesday", an account "A day earlier", a president's quoted
  phrase "on Saturday", the paper's own account of a silence, a senator's quoted charge
  and a lecturer's forecast; a Providence Journal report on the veto that ended the UN
  panel of experts with a senator's quoted phrase in the lead, an ambassador's quoted
  phrase and "He also accused", another's quotation running over two paragraphs and a
  standing denial by both states; and a Hartford Courant report running AFP copy on
  Putin's gift of a car to Kim with state media's report in the lead, a sister's quoted
  phrase with the delivery dated apart, a ministry's charge, a spokesman's quoted
  denial, the Kremlin's account under "has said" and standing charges and denials, AFP
  the last hop), written at the round's start, apart from the code and without running
  it, and measured at first sight on the round's starting code ``a9fd9c8``; then read
  (its misses printed and worked on).
- ``test120``: a hundred-and-twentieth held-out set in ``bench/extract_test120/``
  (ordinary news reports: a Bristol Post report on the North Korean troops in Kursk,
  with a community leader's quotation running over two paragraphs after "said:", a
  president's two-sentence quotation "Asked about ... last month", a vice minister's
  quoted phrase carried by KCNA and a lecturer's hedged forecast and his quotation told
  to the paper itself; a Birmingham Mail report on the Vostochny summit, with a leader's
  quoted pledge in the lead, a president's answer in reported speech, a spokesman's
  quoted phrase "told Russian news agencies", an adviser's warning "Last week,", a prime
  minister's official spokesman and a standing denial after "which both countries deny";
  a KentOnline report running PA copy on the Pyongyang treaty, with state media's quoted
  phrase, a treaty article's quoted clauses, a leader's words "the Associated Press
  reported", a president's warning in Hanoi and his quotation before "he said", a
  secretary general's quoted phrase dated apart and a standing denial in its own
  sentence, so that PA is the last hop of all it relays; an Eastern Daily Press report
  on the Malligyong-1 launch, with a local satellite tracker who "told the EDP on
  Thursday", KCNA with the launch dated apart, a spy agency's hedged suspicion, a
  council's quoted charge and a president's pledge inside the paper's own background; a
  Yorkshire Evening Post report on Shoigu in Pyongyang, with an academic's split
  quotation, KCNA with the exhibition dated apart, "RIA Novosti news agency quoted Mr
  Shoigu as telling" and a standing dismissal; a Cambridge News report on Russian oil
  shipped to North Korea, with a research group's findings, a foreign secretary's
  quotation and his pledge before "he added", Russian officials' standing position, an
  adviser's hedged charge "told broadcaster KBS on Friday" and a lecturer's quotation
  told to the paper itself; an Oxford Mail report running PA copy on Belousov in
  Pyongyang, with a leader's quoted pledge and charge via KCNA, a minister's words via
  RIA Novosti and "He added that", a spy agency's estimate via Yonhap, a ministry's
  hedged forecast "last week" and a president's standing call; and a Nottingham Post
  report on the veto that ended the UN panel of experts, with ambassadors' quoted
  charges, the panel's report "made public earlier this month", a ministry's quoted
  regret "on Friday", a standing denial by both states and a professor's quotation and
  hedged forecast), written at the round's start, apart from the code and without
  running it, and measured at first sight on the round's starting code ``a9fd9c8``; then
  read (its misses printed and worked on).
- ``test121``: a hundred-and-twenty-first held-out set in ``bench/extract_test121/``
  (ordinary news reports: a Matangi Tonga report on the Hwasong-19 launch and the troops
  in Russia with a minister's forecast after "said:", a president's quoted non-denial
  "last week" and a vice minister's phrase carried by KCNA; an Amandala report on
  Russian oil above the UN cap with a centre's count "in a report published last
  Friday", a hedge "was likely higher" and a lecturer's call; the St Lucia Times running
  AFP copy on Choe Son Hui in Moscow with her quotation broadcast on Russian state
  television, a spokesman's quoted phrase and an academic who "told AFP"; an Antigua
  Observer report on Kim's tour of Russian bombers with Washington's fear inside the
  lead, a split quotation and an adviser's quoted warning "earlier this month"; Aruba
  Today running AP copy on Putin's car for Kim with a sister's phrase "according to
  KCNA", a quotation told to RIA Novosti and a standing charge and denial by two states
  each; a Curaçao Chronicle report on North Korean losses in Kursk with a hedge after
  "He added that", a quotation over two paragraphs and a spy agency quoted by a
  lawmaker; a Penguin News report on the G7 statement with a quoted phrase and a warning
  in the lead, a spokeswoman's dismissal and an islander who "told Penguin News"; and a
  Sermitsiaq report in English on Shoigu in Pyongyang with "KCNA quoted Kim as saying",
  "TASS quoted Shoigu as saying:" and a researcher who "told Sermitsiaq"), written at
  the round's start, apart from the code and without running it, and measured at first
  sight on the round's starting code ``a9fd9c8``; then read (its misses printed and
  worked on).
- ``test122``: a hundred-and-twenty-second held-out set in ``bench/extract_test122/``
  (ordinary news reports: a Buffalo News report on North Korean casualties in Kursk with
  a lead ending "U.S. officials said this week", a spy agency's toll relayed by a
  lawmaker, a spokesman's standing position and a lecturer's quotation running over two
  paragraphs; the Richmond Times-Dispatch running AP copy on the Vostochny summit with a
  quotation after "told Russian state television:", a split quotation, a spokesman's
  words that Russian news agencies reported and a standing dismissal by both states; an
  Oklahoman report on Russian oil shipped to North Korea with a research group's report
  "released Friday", a foreign secretary who "told the BBC", a department's pledge in a
  statement to the paper itself, a ministry's standing call and a minister quoted by
  KCNA; an Omaha World-Herald report on Strategic Command testimony with a quotation
  after "told the Senate Armed Services Committee:" running over two paragraphs, a
  prosecutor general who "told Reuters last week" and a congressman's call "in a
  statement Thursday"; a Des Moines Register report on the Pyongyang treaty with a
  senator's quoted phrase and her two-sentence quotation after "said:", the treaty's
  words published by KCNA, a charge that TASS reported and a standing denial under "both
  deny it"; the Albuquerque Journal running AP copy on the veto that ended the UN panel
  of experts with the United States' charge inside the lead, an ambassador's two claims
  in one sentence, a quotation after "told reporters outside the chamber:" and the
  panel's report "earlier this month"; a Fresno Bee report on North Korean troops in
  Russia with a lead ending "the Pentagon said this week", a vice foreign minister's
  quoted phrase carried by KCNA, a ministry's denial, a congressman who "told The Fresno
  Bee" and a lecturer's hedged split quotation; and a News & Observer report on the
  Malligyong-1 launch with a hedged lead, a spy agency's finding relayed by lawmakers, a
  ministry's quoted warning carried by KCNA, Moscow's standing denial, a forecast before
  "he added" and a researcher who "told The N&O"), written at the round's start, apart
  from the code and without running it, and measured once at ``a2507ac``, when the rules
  were thought final, and for comparison once on its starting code ``a9fd9c8``, its
  misses never printed (blind); then read late in the round (its misses printed and
  worked on).
- ``test123``: a hundred-and-twenty-third held-out set in ``bench/extract_test123/``
  (ordinary news reports: a Post and Courier report on the North Korean troops in Kursk
  with a senator's quoted call in the lead, a split quotation, a vice minister's quoted
  hedge relayed by KCNA and a lecturer's hedged forecast; The Times-Picayune running AP
  copy on the Pyongyang treaty with a president's article in Rodong Sinmun, a
  secretary-general's quotation before "told reporters" and standing charges and denials
  by two states; an Austin American-Statesman report on the veto of the UN panel of
  experts with a quotation running over two paragraphs, ambassadors' words dated by
  "Thursday's vote" and a congressman who told the paper itself; the San Antonio
  Express-News running Reuters copy on the Vostochny summit with a split quotation told
  to Russian state television, unnamed U.S. officials and an adviser's warning "last
  week"; an Indianapolis Star report on the Malligyong-1 launch with a minister's
  suspicion told to KBS, a spokeswoman's quoted charge and a professor's hedged
  forecast; a Columbus Dispatch report on Russian oil for North Korea with a research
  group's findings, a foreign secretary who told the BBC, a chairman's call and the
  paper's own background on the oil cap; The Cincinnati Enquirer running AP copy on Choe
  Son Hui in Moscow with a minister's quoted pledge, the agency's own account of a
  silence and a spokesman's standing position; and a Lexington Herald-Leader report on
  the munitions shipments with a leader's quotation after "said:", a standing dismissal
  and denial in one sentence, a visit announced and dated apart and a congressman who
  told the paper itself), written at the round's start, apart from the code and without
  running it, and measured once at ``a2507ac``, when the rules were thought final, and
  for comparison once on its starting code ``a9fd9c8``, its misses never printed
  (blind); then read late in the round (its misses printed and worked on).
- ``test124``: a hundred-and-twenty-fourth held-out set in ``bench/extract_test124/``
  (ordinary news reports: a Spokesman-Review report on the Pyongyang pact with a
  professor's warning after "says" in the lead, a two-sentence quotation before "Putin
  told reporters on Wednesday", "Putin also said" with a quoted phrase, the paper's own
  background on the 1961 treaty, a quotation "said in an interview Wednesday", a
  spokesman's quoted concern "on Monday", a standing charge and a standing denial by
  both states in one sentence and a pastor's quotation; an Idaho Statesman report on the
  Vostochny summit with a lead ending "Idaho Sen. Jim Risch said", a leader's quoted
  pledge "according to Russian state media", a quotation after "Putin told reporters:",
  a senator's quotation after "In a statement Wednesday, ... said:" running over two
  paragraphs whose second is a call, an adviser's quoted warning "last week", a standing
  charge with the sales dated apart and a standing denial by both states; the Billings
  Gazette running AP copy on Kim's tour of Russian bombers with state media's report
  "said Sunday" and the event dated apart, a ministry's account, "Tass quoted Shoigu as
  saying", the agency's own analysis, experts' view under "likely", a spokesman's quoted
  phrase "on Friday" and a split quotation; a Bangor Daily News report on the worldwide
  threats hearing with a lead ending "U.S. intelligence chiefs told senators on Monday",
  an assessment "released the same day" with "could", a split quotation around "Burns
  said" whose second half warns, a senator's quotation after "told the Bangor Daily
  News:", "He added that" with a call, the paper's own account of the Senate vote and a
  senator's quoted warning "last week"; a Burlington Free Press report on Choe Son Hui
  in Moscow with a senator's quoted phrase after "says" in the lead, a spokesman's
  quoted phrase "on Tuesday", a minister's denial "earlier Tuesday" and his quotation
  "according to Russian news agencies", a quoted pledge "according to North Korea's
  official Korean Central News Agency", the White House's charge "Earlier this month"
  with the strikes dated apart, a quotation after "said:" and a hedged forecast; an
  Alaska Beacon report on Russian oil for North Korea with a research group's finding
  "according to a new analysis" and "said last week", the outlet's own background on the
  oil cap, a quoted phrase after "told the BBC", a senator's quotation after "said in an
  interview on Monday:", "He added that" with a call, an adviser who "told SBS
  television on Friday", the Pentagon's figure "earlier this month", a standing position
  under "have said" and a hedged quotation; Hawaii News Now running AP copy on the
  failed satellite launch with state media's report "said Tuesday", an official's
  finding "the official Korean Central News Agency reported", an unnamed official
  "speaking on condition of anonymity", a standing denial by both states, a command's
  quoted pledge, a ministry's quoted charge "Earlier Monday" and an expert's forecast
  under "could"; and a Leicester Mercury report on the North Korean troops in Kursk with
  a community's forecast and Kyiv's account in the lead, a quoted phrase "in an
  interview with South Korean broadcaster KBS on Monday", a quoted phrase "told MPs last
  week", a quoted pledge "in Moscow on Friday" that "RIA Novosti reported", a quoted
  phrase "Last month" "according to the state news agency KCNA", the Kremlin's standing
  position under "has said", the paper's own background on the Kursk offensive and a
  lecturer's view under "likely"), written at the round's start, apart from the code and
  without running it, and measured once at ``a2507ac``, when the rules were thought
  final, and for comparison once on its starting code ``a9fd9c8``, its misses never
  printed (blind); then read late in the round (its misses printed and worked on).
- ``test125``: a hundred-and-twenty-fifth held-out set in ``bench/extract_test125/``
  (ordinary news reports: the Hull Daily Mail running PA copy on Russian oil for North
  Korea, with a lead ending "according to an analysis", a foreign secretary's quotation
  after "said:" and "He added:", a researcher's split quotation, the Pentagon's figure
  "earlier this month" and a standing denial by both states; a Plymouth Herald report on
  a Korean War veteran and Shoigu in Pyongyang, with a quotation "told PlymouthLive",
  KCNA's account with the exhibition dated apart, "TASS quoted Mr Shoigu as telling", a
  standing charge and denial in one sentence and a lecturer's quotation over two
  paragraphs; a Southern Daily Echo report on the Malligyong-1 launch, with an
  engineer's quotation after "said:", KCNA's quoted justification and plan, a spy
  agency's suspicion "according to the Yonhap news agency", the Kremlin's standing
  position and a hedged forecast; an Argus (Brighton) report on the Vostochny summit,
  with a professor's quotation running over two paragraphs, a president's quoted phrase
  and quotation, a leader's pledge "according to" KCNA, Downing Street's warning and a
  spokesman's pledge after "added that" and a standing rejection by both states; the
  Lancashire Telegraph running PA copy on the veto of the UN panel of experts, with a
  lead ending "Britain's ambassador to the United Nations said", her quotation over two
  paragraphs, the panel's findings "published earlier this month", ambassadors' and
  ministers' quoted phrases and a standing denial with Moscow's standing intention; an
  Evening Express (Aberdeen) report on North Korean missiles fired at Kharkiv, with a
  resident's quotation "told the Evening Express", a prosecutor general who "told the
  Reuters news agency", charges "last month" with strikes dated apart and a lecturer's
  hedged warning after "He added that"; Cook Islands News running RNZ copy on New
  Zealand's response to the North Korean troops, with a minister's quotation "In a
  statement on Friday", figures "told reporters the same day", a dismissal "last week",
  a vice minister's quoted phrase "according to the state news agency KCNA" and a
  lecturer who "told RNZ"; and an Island Times (Palau) report on the Pyongyang treaty,
  with a lead ending "President Surangel Whipps Jr. said on Wednesday", his quotation
  "told Island Times", the paper's own background, a president's hedged warning
  "Speaking in Hanoi on Thursday" and a standing denial by both states), written at the
  round's start, apart from the code and without running it, and measured once at
  ``a2507ac``, when the rules were thought final, and for comparison once on its
  starting code ``a9fd9c8``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test126``: a hundred-and-twenty-sixth held-out set in ``bench/extract_test126/``
  (ordinary news reports: an Arkansas Democrat-Gazette report running AP copy on Lavrov
  in Pyongyang, with a pledge relayed by Russia's Foreign Ministry, a quotation via
  TASS, a counterpart's pledge and charge via KCNA, the White House's count "last week",
  a standing denial by both states and a professor's hedged forecast; a Clarion Ledger
  report on North Korean missiles fired at Ukraine, with a White House charge "said
  Thursday", a spokesman's account with the launches dated apart, a senator's "said:"
  quotation running over two paragraphs, a senator "told the Clarion Ledger" and a
  standing denial by both states; Tulsa World running Reuters copy on North Korean
  troops sent to Russia, with the spy agency's hedged charge, a presidential office's
  warning and pledge, a president's quotation after "he said:", a spokesman's quoted
  denial and an analyst "told Reuters"; a Wichita Eagle report on the Vostochny summit,
  with curly quotation marks, a senator's warning and his quotation to The Eagle, a
  leader's pledge via RIA Novosti, an adviser's warning "said last week", a standing
  denial by both governments and a professor's forecast with "likely"; Deseret News
  running AP copy on the North's spy satellite, with the North's claim, South Korean
  officials' hedged suspicion, an administration's account via KCNA, a minister's
  suspicion "told KBS television on Sunday", a president's pledge "in September" and a
  standing charge and denial; a Gazette (Cedar Rapids) report on the Pyongyang treaty,
  with a senator's quoted warning, a leader's phrase via KCNA, a secretary general's
  account and "he added", a congresswoman "told The Gazette" and a quotation split
  around "said"; Duluth News Tribune running Reuters copy on Shoigu in Pyongyang, with
  state media's account, "TASS ... quoted ... as telling ...:", a standing charge and
  the North's standing denial, a ministry's quoted warning and a professor "told
  Reuters"; and an Akron Beacon Journal report on U.S. sanctions over North Korean arms,
  with the department's charge in the lead, an under secretary's quotation split around
  "said in a statement", a senator's "said Thursday:" quotation, an ambassador's
  standing quoted denial, a sister's denial via KCNA and a lecturer's forecast with
  "likely"), written during the round, apart from the code and without running it, and
  measured once at ``b6afce5``, when the rules were thought final, and for comparison
  once on its starting code ``a9fd9c8``, its misses never printed (blind); then read
  late in the round (its misses printed and worked on).
- ``test127``: a hundred-and-twenty-seventh held-out set in ``bench/extract_test127/``
  (ordinary news reports: The Palm Beach Post running AP copy on Lavrov in Pyongyang,
  with a split quotation, a minister's quoted phrase relayed by TASS, a count dated
  "Last week" and a standing denial by both states; the South Florida Sun Sentinel
  running Reuters copy on North Korean missiles fired at Ukraine, with a lead ending
  "told Reuters on Tuesday", a strike dated apart, "He added that" and a charge "said in
  January"; a Florida Times-Union report on the spy satellite, with a senator's
  statement, KCNA's quoted phrase, a minister's forecast relayed by KBS and a
  congressman who "told the Times-Union"; the Portland Press Herald running AP copy on
  the Vostochny summit, with a quotation running over two paragraphs, "Putin said:" and
  U.S. officials' hedged standing forecast; a Concord Monitor report on North Korean
  troops in Russia, with a senator's quotation and call, an intelligence service's
  hedged count, a diplomat's quoted denial and the paper's account of the Kremlin's
  silence; the Rutland Herald running AFP copy on Choe Son Hui in Moscow, with two
  states' standing count, quoted phrases dated "Thursday" and "last week" and an analyst
  who "told AFP" and "added"; a Blade report on the munitions containers, with "In
  return, he said," a congresswoman's quotation running over two paragraphs "told The
  Blade" and the house courtesy titles; and The Berkshire Eagle running Reuters copy on
  the Pyongyang treaty, with "that Putin said" inside a narrated signing, an aide's
  denial dated apart, a standing charge and denial and a split quotation), written
  during the round, apart from the code and without running it, and measured once at
  ``b6afce5``, when the rules were thought final, and for comparison once on its
  starting code ``a9fd9c8``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test128``: a hundred-and-twenty-eighth held-out set in ``bench/extract_test128/``
  (ordinary news reports: the Swindon Advertiser running PA copy on the Vostochny
  summit, with a lead ending "Vladimir Putin has indicated" with a hedged offer, a
  quotation after "Mr Putin said:", a leader's pledge "according to the Russian state
  news agency RIA Novosti", a foreign secretary's quotation after "said:" and "He
  added:" and a standing denial by both states; a Wiltshire Times report on North Korean
  shells and Ukrainians trained on Salisbury Plain, with a spy agency's figure "told
  lawmakers in Seoul on Wednesday" and its estimate relayed by a lawmaker, an MP's
  quotation "told the Wiltshire Times" over two paragraphs, the White House's charge
  "last month" and a lecturer's hedged view; a Northampton Chronicle & Echo report on
  North Korean troops in Kursk, with local families' fear, a secretary's figure and
  quoted forecast "on Thursday", an MP's quotation "told the Chronicle & Echo", an
  ambassador's quoted denial and a president's quoted phrase "last week"; the Derby
  Telegraph running PA copy on the Pyongyang treaty, with a lead ending "Vladimir Putin
  said ... on Wednesday", a pledge after "said:" and a step not ruled out after "He
  added:", a foreign secretary's quotation over two paragraphs and a standing charge and
  denial in one sentence; a Sentinel (Stoke-on-Trent) report on the Malligyong-1
  satellite, with a scientist's hedged suspicion and quotation "told The Sentinel",
  KCNA's account with the launch dated apart, a spy agency's suspicion relayed by a
  lawmaker and the Kremlin's standing position; the Coventry Telegraph running Reuters
  copy on Lavrov in Pyongyang, with "SEOUL, Oct 19 (Reuters) -", a minister's charge
  "the TASS news agency reported", a ministry's account "in a post on Telegram", the
  White House's charge "last week" and an analyst's split quotation; a Worcester News
  report on the veto of the UN panel of experts, with a lead ending "Harriett Baldwin
  has said", her split quotation "told the Worcester News", a narrated vote, the panel's
  finding "made public this month" and a lecturer's hedged forecast; and the Shropshire
  Star running PA copy on North Korean missiles fired at Ukraine, with a lead ending
  "Lord Cameron has said", his quotation "In a statement on Wednesday" and "He added:",
  the White House's charge "last week" with the strikes dated apart, a joint statement's
  quoted phrase and a deputy ambassador's quoted denial), written during the round,
  apart from the code and without running it, and measured once at ``b6afce5``, when the
  rules were thought final, and for comparison once on its starting code ``a9fd9c8``,
  its misses never printed (blind); then read late in the round (its misses printed and
  worked on).
- ``test129``: a hundred-and-twenty-ninth held-out set in ``bench/extract_test129/``
  (ordinary news reports: The Border Mail running AAP copy on the Australia-South Korea
  two-plus-two talks in Melbourne, a report by The Courier (Ballarat) on the city's
  Ukrainians and the North Korean troops in Kursk, the Bendigo Advertiser running AAP
  copy on the spy satellite launch and Russia's suspected help, a report by The Examiner
  (Launceston) on Senator Lambie and the North Korean missiles fired at Ukraine, The
  Northern Star running AFP copy on the Vostochny summit, the Whanganui Chronicle
  running RNZ copy on the new Multilateral Sanctions Monitoring Team, The Nelson Mail
  running Reuters copy on Lavrov in Pyongyang and a Timaru Herald report on a local
  airman on the sanctions patrols and Russian fuel for North Korea), written during the
  round, apart from the code and without running it, and measured once at ``b6afce5``,
  when the rules were thought final, and for comparison once on its starting code
  ``a9fd9c8``, its misses never printed (blind); then read late in the round (its misses
  printed and worked on).
- ``test130``: a hundred-and-thirtieth held-out set in ``bench/extract_test130/``
  (ordinary news reports: a Cape Cod Times report running AP copy on Lavrov in
  Pyongyang, with a quoted phrase relayed by TASS, a pledge relayed by KCNA and a
  standing denial by both states; a report in The Day of New London on Rep. Joe Courtney
  and Russian help for North Korean submarines, with a quotation told to the paper
  itself and a military's standing assessment; The Journal News running Reuters copy on
  North Korean missiles fired at Ukraine, with a prosecutor who told Reuters, "he added"
  and "TASS news agency quoted ... as saying"; a Poughkeepsie Journal report on the
  treaty taking effect, with a congressman's quotation running over two paragraphs and
  U.S. officials' standing charge inside the lead; the Asbury Park Press running AP copy
  on Russian help for the spy satellite, with a spy agency's account relayed by a
  lawmaker and a minister who told KBS; a Pocono Record report on North Korean shells
  and the Scranton plant, with a quotation after "said:" and an account via Yonhap; The
  Morning Call running Reuters copy on Putin's Pyongyang pact, with a quotation split
  around a Kremlin transcript and "RIA news agency quoted ... as saying"; and an Erie
  Times-News report on North Korean troops in Russia, with a quotation after "told
  reporters at a summit in Kazan:", "He added that" and an unnamed diplomat's quoted
  denial), written during the round, apart from the code and without running it, and
  measured once, on the round's final code (``873b17f``), and for comparison once on its
  starting code ``a9fd9c8``, its misses never printed (blind); then read at the start of
  the next round (its misses printed and worked on).
- ``test131``: a hundred-and-thirty-first held-out set in ``bench/extract_test131/``
  (ordinary news reports: The Daily Progress running AP copy on Lavrov in Pyongyang,
  with a minister's quoted phrase in the lead, his two-sentence quotation after "in
  opening remarks broadcast by Russian state television:", his counterpart's quoted
  pledge relayed by Tass, a spokesman's account "earlier this month", the White House's
  charge "last week", a standing denial by both states and a ministry's quoted warning;
  a Roanoke Times report on North Korea's spy satellite in curly quotes, with a spy
  agency's hedged charge "told lawmakers" relayed by a named lawmaker, the state
  agency's quoted word with the launch dated apart, a minister's quoted phrase told to
  KBS on Sunday, a spokeswoman's quoted phrase, a senator's two quotations around "said
  in a phone interview Wednesday" and a lecturer's hedged forecast; the Winston-Salem
  Journal running Reuters copy on Shoigu in Pyongyang, with a lead ending "state media
  said on Thursday", a leader's quoted phrase via KCNA, a minister's quotation split
  around "according to Russia's RIA news agency", a spokesperson's quotation after "told
  a regular news briefing on Wednesday:", a charge "said last year" and a standing
  denial; a Greensboro News & Record report on the Vostochny summit, with a
  congresswoman's lead, quotation told to the publisher itself and call, a president's
  quotation after "said:", the state agency's quoted phrase "said Thursday" and a
  professor's quotation running over two paragraphs; the Savannah Morning News running
  AP copy on Choe Son Hui in Moscow, with her quoted pledge "said Monday", a minister's
  quoted phrase relayed by Tass, a press secretary's count and quoted forecast, the
  agency's own account of a silence and a researcher's hedged forecast after "He added";
  an Augusta Chronicle report on the Pyongyang treaty, with a congressman's quoted
  phrase, his statement after "said:", a president's and a leader's quoted words, a
  secretary's quoted word "said Tuesday, before the signing" and a standing charge and
  denial; a Montgomery Advertiser report running AFP copy on North Korean missiles fired
  at Ukraine, with a prosecutor general's count and a second claim after "adding that",
  a research group's findings "earlier this month", the White House's charge "said in
  January" and an analyst's hedged forecast around "he said"; and a Shreveport Times
  report on North Korean troops in Russia, with the House speaker's quoted phrase and
  pledge after "he added", a spokesman's count, a secretary's account "the same day", a
  spokesman's denial "last week", a mission's quoted denial "on Monday", a president's
  quotation after "Putin said:" and off-topic local background), written during the
  round, apart from the code and without running it, and measured once, on the round's
  final code (``873b17f``), and for comparison once on its starting code ``a9fd9c8``,
  its misses never printed (blind); then read at the start of the next round (its misses
  printed and worked on).
- ``test132``: a hundred-and-thirty-second held-out set in ``bench/extract_test132/``
  (ordinary news reports: the El Paso Times running AP copy on Lavrov in Pyongyang, with
  a minister's pledge "said Thursday", a quotation split around "told", a leader's
  quoted phrase that TASS reported, the White House's count "said last week", a hedged
  warning with "could" and "Both countries deny"; a Corpus Christi Caller-Times report
  on North Korean shell shipments, with a minister's count "said Monday", his quotation
  relayed "according to" Yonhap, a charge "on Jan. 4", two standing denials in one
  sentence, a congressman's quotation "told the Caller-Times" and his call, and a
  lecturer's forecast with "could"; the Lubbock Avalanche-Journal running Reuters copy
  on the Vostochny summit, with a lead pledge and Washington's fear, a quoted pledge RIA
  reported, a quotation after "Putin said:", "he added", an adviser's warning "last
  week" and a standing denial by both states; an Amarillo Globe-News report on North
  Korean troops in Kursk, with a secretary's count "said Thursday" and his split
  quotation, a hedged warning, KCNA's boast, "TASS quoted ... as saying", the paper's
  own account of the Kremlin's silence, a congressman's charge and call, and a quotation
  running over two paragraphs; The Santa Fe New Mexican running AP copy on the Duma's
  ratification of the treaty, with a deputy minister's quoted denial, a Telegram post,
  the agency's account of the treaty, a split quotation, an intelligence service's
  forecast relayed by a lawmaker, arrivals dated apart, a mission's quoted denial "on
  Monday" and a forecast with "likely"; an Arizona Daily Star report on North Korean
  missiles fired at Ukraine, with a prosecutor who "told Reuters last week",
  investigators' finding, a denial "last month", a senator's quotation "told the Arizona
  Daily Star" split around the attribution and his suspicion with "likely"; the Reno
  Gazette Journal running Reuters copy on the spy satellite, with Pyongyang's
  announcement, KCNA's quoted plan, a leader's quoted phrase, an anonymous official's
  hedged suspicion, a pledge dated "in September" and a standing denial; and a
  Bakersfield Californian report on Putin in Pyongyang, with a leader's quoted phrase
  relayed by RIA Novosti, a secretary's charge "said Tuesday", a standing charge by two
  states and a denial by both, a congressman's quotation "told The Californian" and his
  call, and a lecturer's forecast with "could"), written during the round, apart from
  the code and without running it, and measured once, on the round's final code
  (``873b17f``), and for comparison once on its starting code ``a9fd9c8``, its misses
  never printed (blind); then read at the start of the next round (its misses printed
  and worked on).
- ``test133``: a hundred-and-thirty-third held-out set in ``bench/extract_test133/``
  (ordinary news reports: The Modesto Bee running AP copy on Lavrov in Pyongyang, with a
  two-sentence quotation after "Lavrov said:", a White House count "said last week", a
  quoted denial "on Friday" and a quotation with "he added"; a Ventura County Star
  report on Austin at the Reagan National Defense Forum, with a quotation split around
  "said" running over two paragraphs, a senator's call and a quotation "told The Star on
  Saturday"; The Press Democrat running Reuters copy on Shoigu in Pyongyang, with a
  quoted pledge "according to KCNA", "TASS news agency quoted ... as telling" and a
  standing denial by both states; a Register-Guard report on North Korean missiles fired
  at Ukraine, with a quotation split around "told reporters", "In return, Kirby said,"
  and a quotation after "said in a statement Thursday:"; the Yakima Herald-Republic
  running AP copy on Putin's ratification of the treaty, with two states' standing
  charge in the lead and dates "on Oct. 31", "Tuesday", "on Oct. 24" and "on Nov. 1"; a
  Missoulian report on North Korean shells for Russia, with a hedged count "according to
  the Yonhap news agency", a quotation "told the Missoulian on Friday" and the paper's
  own analysis; the Casper Star-Tribune running AFP copy on North Korea's spy satellite,
  with a suspicion "told broadcaster KBS on Sunday", "a charge both countries deny" and
  a quotation "told AFP"; and an Argus Leader report on the Vostochny summit, with a
  quotation split around "told the Argus Leader", a quoted pledge the state agency
  "reported Thursday" and a quotation after "said in a statement late Wednesday:"),
  written during the round, apart from the code and without running it, and measured
  once, on the round's final code (``873b17f``), and for comparison once on its starting
  code ``a9fd9c8``, its misses never printed (blind); then read at the start of the next
  round (its misses printed and worked on).
- ``test134``: a hundred-and-thirty-fourth held-out set in ``bench/extract_test134/``
  (ordinary news reports: Reuters' own wire copy on the North Korean foreign minister in
  Moscow, with a minister's pledge in the lead, a ministry's statement, a secretary's
  count and forecast, a spokesman's quoted phrase, a standing denial by both states and
  an analyst who "told Reuters"; a CNN report on the Russian veto that ended the UN
  panel of experts, with curly quotation marks, an ambassador's quotation split around
  the attribution, "told reporters outside the chamber:", the panel's count "made public
  earlier this month" and a researcher who "told CNN"; Al Arabiya English running
  Reuters copy on the Vostochny summit, with a president's pledge to Russian state
  television, "Putin said:" before a quotation, a leader's split quotation, Read more
  teasers and a standing denial by both states; an IANS report of its own on Shoigu in
  Pyongyang, with state media's quoted phrase, "TASS news agency quoted ... as saying:",
  a ministry's call "Yonhap news agency reported" and analysts' hedged view; a Yonhap
  report of its own on the summoning of the Russian ambassador, with the (LEAD) and ATTN
  lines, a demand and a quoted warning in the lead, an ambassador's quoted denial, an
  unnamed official's plan, a president's quoted charge relayed by his spokesperson and
  the spy agency's account "said last week"; a Korea Herald report on Seoul's review of
  arms for Ukraine after the Pyongyang treaty, with an adviser's quotation, a
  president's quoted warning before "he added", the treaty's quoted words as carried by
  KCNA and a chief cabinet secretary's quoted concern; an NK News report on North Korean
  tankers at Vostochny, with the outlet's own imagery findings, experts' hedged view, a
  spokesperson who "told NK News", an anonymous official and the panel's final report;
  and an Ukrinform report on the first clashes with North Korean troops in Kursk, with a
  minister's account to KBS ending "Ukrinform reports", "According to him,", a
  president's evening address, a Telegram post, the national telethon and "As Ukrinform
  reported"), written at the round's start, apart from the code and without running it,
  and measured at first sight on the round's starting code ``36169f5``; then read (its
  misses printed and worked on).
- ``test135``: a hundred-and-thirty-fifth held-out set in ``bench/extract_test135/``
  (ordinary news reports: The Associated Press's own wire copy on Shoigu's talks with
  Kim in Pyongyang, with KCNA's account "said Saturday", a quoted pledge "the agency
  said", "TASS quoted ... as saying", a military's count "said earlier this month", a
  spokesperson's quotation after "said Friday:" and an analyst's hedged forecast; Agence
  France-Presse's own wire copy on Russia's veto of the UN panel of experts, with
  Western diplomats' forecast in the lead, an ambassador's quoted phrase and charge, a
  deputy ambassador's quotation running over two paragraphs, the panel's findings "made
  public earlier this month" and a researcher "told AFP"; Al Jazeera English on the
  Vostochny summit, with a president's hedged hint, a quotation after "Putin said:", a
  leader's quotation split around "told Putin", an adviser's warning "last week", a
  chief cabinet secretary's concern, a standing charge and denial in one sentence and a
  fellow "told Al Jazeera"; NDTV running IANS copy on North Korea's foreign minister in
  Moscow, with relays through Yonhap, TASS and RIA Novosti, a defense department's count
  "on Monday", a spy agency's hedged account "last week" and a ministry's call "on
  Tuesday"; The Korea Times running Yonhap copy on Seoul's summons of the Russian
  ambassador, with a ministry's demand, a vice minister's quoted warnings, an unnamed
  senior official, a spy agency's account and forecast, an embassy's quoted denial and a
  spokeswoman's denial via TASS; a Kyiv Independent report on North Korean guns and
  rocket launchers for Russia, with an intelligence chief's count "on Nov. 12", his
  quotations before "said" and "he added", a spokesperson "told the Kyiv Independent", a
  president "on Nov. 11", a minister's call and the site's own analysis; a Moscow Times
  report on Putin's ratification of the treaty, with officials' standing charge under
  "say", a deputy minister "during the Oct. 24 debate", a chairman's quotation after
  "said:", a spokesman's quotation split around "told reporters last month" and a
  researcher's hedged forecast; and a Deutsche Welle report on Putin's pact with Kim,
  with a leader's quotation after "said ...:", a government spokesman's concern and his
  quotation before "he added", a secretary general's quoted phrases "on Tuesday", a
  standing denial by both states and an expert "told DW"), written at the round's start,
  apart from the code and without running it, and measured at first sight on the round's
  starting code ``36169f5``; then read (its misses printed and worked on).
- ``test136``: a hundred-and-thirty-sixth held-out set in ``bench/extract_test136/``
  (ordinary news reports: a TASS English-service report on the State Duma's ratification
  of the Pyongyang treaty with a deputy minister's quotation split around "the diplomat
  stressed", his forecast "told TASS" (the publisher itself), a chairman's warning after
  "said:" and an expert's hedged forecast after "According to the expert"; a Kyodo News
  report on North Korea's spy satellite with a lead ending "the country's state media
  said Wednesday", unnamed government sources' hedged suspicion, a chief cabinet
  secretary's quotation after "said at a press conference Wednesday:" and Moscow's
  standing denial; The Japan Times running Kyodo copy on Russia's veto of the UN panel
  of experts with an ambassador's quotation split around "Yamazaki said", a foreign
  minister's statement after "said:", the panel's findings "released earlier this month"
  and a standing charge and denial after "charges ... deny"; a South China Morning Post
  report on Beijing's response to Putin's Pyongyang visit with curly quotation marks, a
  lead ending "China's foreign ministry said on Wednesday", an aide's quoted denial "on
  Monday", a professor's quotation split around "said" and a fellow who "told the Post";
  The Straits Times running Reuters copy on North Korean casualties in Kursk with the
  paper's "on Dec 19" dates and courtesy titles, a spy agency's count relayed by a
  lawmaker, "Mr Lee added", an ambassador's quoted denial "last week" and an analyst's
  hedged forecast with "could" and "likely"; a BBC News report on the Vostochny summit
  with the Image source and Image caption lines, a president's quotation after "said:",
  a leader's pledge "according to Russia's RIA Novosti news agency", an adviser's
  warning "Last week", a correspondent's analysis box and a researcher who "told the
  BBC:"; a Guardian report on North Korean ballistic missiles fired at Ukraine with a
  lead ending "the White House said on Thursday", the strikes dated apart "on 30
  December" and "on 2 January", a spokesperson's quotation running over two paragraphs
  and a fellow who "told the Guardian:"; and a Voice of America report on North Korean
  tankers at Vostochny with the broadcaster's own satellite-imagery finding, a
  spokesperson's quotation "told VOA's Korean Service in an email on Tuesday", Moscow's
  standing position under "has said" and a ministry spokesperson's warning "told a
  regular briefing Tuesday"), written at the round's start, apart from the code and
  without running it, and measured at first sight on the round's starting code
  ``36169f5``; then read (its misses printed and worked on).
- ``test137``: a hundred-and-thirty-seventh held-out set in ``bench/extract_test137/``
  (ordinary news reports: Radio Free Asia on North Korean workers sent to Russia on
  student visas, with sources who "told Radio Free Asia", a split quotation, a
  ministry's warning, a spokesperson who "told RFA in an email" and Russian officials'
  standing denial; Daily NK on munitions factories running for Russian orders, with
  "Daily NK has learned", a source who "told Daily NK on Thursday", "he added", the
  outlet's earlier report, a spy agency's count "according to" a lawmaker and a standing
  denial by both states; The Hindu running Reuters copy on the Russian spy chief
  Naryshkin in Pyongyang, with the service's statement "carried by the RIA news agency",
  KCNA's quoted phrase, diplomats' hedged forecast, an unnamed official and a quotation
  split around "said"; Hindustan Times running AFP copy on Putin's gift of zoo animals
  to Pyongyang, with the ministry's Telegram statement, a minister's quotation, KCNA's
  account, a standing charge by two states and a president's warning and call at the
  G20; Newsweek on the UN monitors' finding that Russia fired a North Korean missile at
  Kharkiv, with "according to a report seen by Reuters", an ambassador's quoted word
  "said in March" and a spokesperson who "told Newsweek on Tuesday:"; Fox News on the
  drones and vest given to Kim in Vladivostok, with a governor's Telegram post, a
  spokesman's quoted phrase and warning, a denial "according to ... TASS" and a senator
  who "spoke with Fox News Digital"; CBS News running AP copy on Choe Son Hui's meeting
  with Putin, with Washington's standing charge in the lead, a minister's quotation
  after "told Choe Son Hui:" running over two paragraphs and a quoted phrase "according
  to ... RIA Novosti"; and Euronews running AFP copy on the Duma's ratification of the
  treaty, with a quotation after "speaking in Rome on Wednesday, said:", a spy agency's
  hedged count, a president's quoted phrase and analysts' hedged forecast under "say ...
  could"), written at the round's start, apart from the code and without running it, and
  measured at first sight on the round's starting code ``36169f5``; then read (its
  misses printed and worked on).
- ``test138``: a hundred-and-thirty-eighth held-out set in ``bench/extract_test138/``
  (ordinary news reports: Reuters' own copy on Shoigu in Pyongyang, with KCNA's account,
  a minister's quotation split around a TASS attribution, Washington's charge dated
  "last year", a standing denial by both states and a researcher's hedged forecast; the
  Associated Press's own copy on Russia's veto of the UN panel of experts, with a
  quotation after "said after the vote:" running over two paragraphs, the panel's
  findings "made public earlier this month" and a standing denial by both states; Agence
  France-Presse's own copy on Putin's gift of a car to Kim, with analysts' hedged charge
  in the lead, a sister's quoted phrase relayed by KCNA, a delivery dated apart and a
  professor "told AFP"; Yonhap's own copy on Seoul's review of arms for Ukraine after
  the Pyongyang treaty, with an adviser's split quotation, Seoul's standing position
  under "has said", the treaty's words released by KCNA and a president's warning
  relayed by TASS; IANS's own copy on Kim's Vladivostok tour with Shoigu, with KCNA's
  account relayed by Yonhap, a spokesman's concern "Yonhap reported" and a fellow who
  "told Yonhap"; Arab News running AFP copy on the treaty's entry into force, with a
  ministry's statement, state media's account "last month", a standing charge by two
  states under "say" and the Kremlin's standing position; The National running Reuters
  copy on North Korean casualties in Kursk, with a spy agency's count relayed by a
  lawmaker, three counts dated apart and "said:" before a two-sentence quotation; and
  France 24 running AFP copy on the failed satellite launch of May 2024, with an
  official's quoted phrase relayed by KCNA, an anonymous official's hedged suspicion,
  "told reporters in Tokyo:" before a prime minister's quotation and Seoul's suspicion
  "said in November"), written at the round's start, apart from the code and without
  running it, and measured once at ``4ce1936``, when the rules were thought final, and
  for comparison once on its starting code ``36169f5``, its misses never printed
  (blind); then read late in the round (its misses printed and worked on).
- ``test139``: a hundred-and-thirty-ninth held-out set in ``bench/extract_test139/``
  (ordinary news reports: a CNN report on North Korean losses in Kursk, with a spy
  agency's count relayed by a lawmaker, an unnamed US military official and the
  Kremlin's standing position; an NBC News report on Sergei Shoigu in Pyongyang, with
  KCNA's account, a quoted phrase via RIA Novosti, a split quotation and a standing
  denial; ABC News running AP copy on Kim Yo Jong's denial of arms exports, with a
  statement carried by state media, standing charges and denials and counts dated apart;
  a Washington Post report on the Pyongyang treaty taking effect, with a vice minister's
  words dated apart from the report, a pledge via KCNA and a quotation running over two
  paragraphs; a New York Times report on Kim Jong-un's tour of Russia's Far East, with
  honorifics, no dateline, unnamed officials and analysts and a denial by both
  governments; a Politico Europe report on NATO confirming North Korean troops in Kursk,
  with a quotation after "said:", a delegation's count via two diplomats and a post on
  X; a Bloomberg report on North Korea's economic growth, with a central bank's
  estimate, an official's hedge, standing charges and denials by two states each and a
  minister's plan via Tass; and a Wall Street Journal report on the failed spy satellite
  launch, with an official cited by KCNA, a launch dated apart, an unnamed official's
  suspicion and a prime minister's charge and protest in one sentence), written at the
  round's start, apart from the code and without running it, and measured once at
  ``4ce1936``, when the rules were thought final, and for comparison once on its
  starting code ``36169f5``, its misses never printed (blind); then read late in the
  round (its misses printed and worked on).
- ``test140``: a hundred-and-fortieth held-out set in ``bench/extract_test140/``
  (ordinary news reports: a Korea JoongAng Daily report on the summons of the Russian
  ambassador over the North Korean troops, with a vice minister's warning told to the
  envoy, a spy agency's count dated three days before the summons, an anonymous
  official's hedge with "could" and a standing denial by both states; a Hankyoreh report
  on Seoul's review of arms for Ukraine, with a lead ending "opposition lawmakers warned
  on Friday", a president's warning in Hanoi and "he added", the treaty's Article 4 and
  a lawmaker who "told the Hankyoreh"; The Chosun Ilbo running Yonhap copy on Russia's
  veto of the UN panel of experts, with a ministry's charge, regret and pledge, three
  ambassadors, the panel's findings "earlier this month" and a researcher who "told
  Yonhap News Agency"; a Dong-A Ilbo report on Sergei Shoigu in Pyongyang, with KCNA's
  account, a quoted phrase "according to Russia's state news agency TASS", an unnamed
  ministry official, the White House's charge "in January" and analysts' view under
  "say"; a Korea Pro report on the intergovernmental commission, with a minister who
  "told Russian state news agency RIA Novosti", a co-chair quoted by KCNA, a secretary's
  account "last week" and a researcher who "told Korea Pro"; a 38 North imagery analysis
  of rail traffic at Tumangang, with the site's own findings, hedged assessments and
  forecast, a spy agency's count "on November 1" and a leader's phrase "in September"; a
  Nikkei Asia report on the North Korean missiles fired at Ukraine, with a joint
  statement, a chief cabinet secretary's concern and pledge, a spokesman's charge "on
  Jan. 4" with the launches dated apart and defense officials' hedged fear; and Anadolu
  Agency's own report on the Vostochny summit, with a president's pledge and quotation
  after "Putin said:", a leader's phrase via RIA Novosti, an aide who "told reporters"
  and a standing charge and rejection in one sentence), written at the round's start,
  apart from the code and without running it, and measured once at ``4ce1936``, when the
  rules were thought final, and for comparison once on its starting code ``36169f5``,
  its misses never printed (blind); then read late in the round (its misses printed and
  worked on).
- ``test141``: a hundred-and-forty-first held-out set in ``bench/extract_test141/``
  (ordinary news reports: a Sky News report on Putin's visit to Pyongyang and the
  partnership treaty, with a president's quoted words after "Speaking after talks in
  Pyongyang on Wednesday", "He added", a pledge at the September summit dated apart, a
  quoted phrase "In an article published in Rodong Sinmun ... on Tuesday", an aide's
  denial "earlier this week", a standing denial by both states, the broadcaster's own
  analysis and a specialist's quotation "told Sky News:" with her forecast hedged with
  "could"; The Independent running PA copy on the Downing Street Accord, with a
  quotation running over two paragraphs after "he said:", a president's quoted hedge
  "most likely" with the launch dated apart, a quoted call "Addressing both Houses of
  Parliament on Tuesday", the Foreign Office's quoted condemnation, Western governments'
  standing charge and a standing denial by both states; a Financial Times report on
  North Korea's economic growth, with a lead ending "according to South Korea's central
  bank", an unnamed official's quoted hedge, a minister's count "said last month", a
  leader's quoted phrase via KCNA, US officials' standing charge with "may", two
  standing denials in one sentence and a former official's quotation "told the Financial
  Times"; a Telegraph report on North Korean casualties in Kursk, with a spy agency's
  account "according to Lee Seong-kweun" and its belief relayed by "Mr Lee told
  reporters", a spokesman's count "on Tuesday", a president's charge "in his nightly
  address on Monday", an agency's count "at the weekend", the paper's own account of two
  silences and a drone operator's quotation "told The Telegraph"; Xinhua's English
  service on the treaty's entry into force, with "MOSCOW, Dec. 4 (Xinhua) --", a
  ministry's announcement and statement, the agency's own background on Article 4,
  KCNA's account of a decree dated apart, a spokeswoman's quoted denial, Moscow's
  standing position and a researcher's quotation "told Xinhua"; Interfax's English
  service on Shoigu's talks with Kim, with "MOSCOW. Sept 14 (Interfax) -", a press
  service's account, KCNA's quoted account "reported on Saturday", a deputy minister's
  forecast "told Interfax on Thursday", a ministry's warning that "Yonhap news agency
  reported" and Western countries' standing charge with the two states' rejection in one
  sentence; The Times of India running Reuters copy on the veto of the UN panel of
  experts, with the "UNITED NATIONS:" dateline, an ambassador's quoted phrases "before
  Thursday's vote", a two-sentence quotation "told the council after the vote", an
  ambassador's call under "said", the panel's findings "made public this month" and a
  standing denial by both states; and Gulf News running Reuters copy on Putin's gift of
  a car to Kim, with state media's account "said on Tuesday", a delivery dated apart, a
  sister's quoted phrase "KCNA said", a ministry's charge "said on Tuesday",
  Washington's standing charge, a standing denial by both states and a researcher's
  forecast with "likely" and "possibly"), written at the round's start, apart from the
  code and without running it, and measured once at ``4ce1936``, when the rules were
  thought final, and for comparison once on its starting code ``36169f5``, its misses
  never printed (blind); then read late in the round (its misses printed and worked on).
- ``test142``: a hundred-and-forty-second held-out set in ``bench/extract_test142/``
  (ordinary news reports: Reuters' own wire copy on North Korea's spy satellite launch,
  with a KCNA caption via REUTERS, the North's claim and state media's account of the
  launch dated apart, an agency's quoted plan "KCNA said", a minister's hedged suspicion
  "told public broadcaster KBS on Sunday", a spokesperson's quoted phrase after a long
  title, a president's pledge dated "in September", a standing denial by both states and
  an expert's quotation "told Reuters"; an AP report of its own on Kim at the
  Komsomolsk-on-Amur fighter plant, with U.S. officials' hedged warning in the lead, a
  quotation relayed "according to Russia's RIA Novosti news agency", a minister's pledge
  and quoted phrase after "But he said", state media's quoted phrase "reported
  Thursday", a spokesperson's quoted warning, a standing charge and a standing denial by
  both states and a researcher's hedged view with "unlikely" and "could"; a Yonhap
  report of its own on the defence minister's count of munitions containers, with his
  estimate, quotation, account in two parts and quoted suspicion before "he added", a
  prosecutor general's charge "said earlier this month", the keywords and the copyright
  line; a Kyodo report of its own on Belousov in Pyongyang, with a leader's quoted
  pledge "state-run media reported Saturday", "quoted by the official Korean Central
  News Agency as saying", "TASS news agency quoted Belousov as telling No,", a chief
  cabinet secretary's quoted concern and pledge, a vice minister's conditional quoted
  phrase "said last month", a diplomatic source's hedged suspicion and ==Kyodo; a CNN
  report on North Korean casualties in Kursk, with curly quotation marks, an unnamed
  senior official's count, a quotation split around "told reporters", a president's
  account and quoted phrase, a deputy press secretary's account "said last week", "Putin
  said:" followed by a quotation dated "in October" and a fellow's quotation "told CNN";
  a Korea Herald report on Kim Yo-jong's denial of arms exports, with a deck, a quoted
  denial and her claim after "saying" in the lead, her quotation "carried by the Korean
  Central News Agency" and her quoted warning before "she added", a deputy
  spokesperson's quoted charge, the State Department's charge "said in February", the
  panel's finding "last month", Moscow's standing denial and a research fellow's hedged
  forecast; a TASS report on the Pyongyang treaty's entry into force, with "MOSCOW,
  December 4. /TASS/.", the ministry's two-sentence quotation, the state agency's report
  "on November 12", the treaty's quoted words, "Speaking to TASS after the ceremony,
  Rudenko said:" followed by a quotation running over two paragraphs, a spokeswoman's
  two quoted phrases, a standing charge and a standing denial; and an Al Jazeera report
  on Putin's visit to Pyongyang, with curly quotation marks, a president's quoted phrase
  dated Wednesday, a leader's quotation split around "Kim said through an interpreter",
  a spokesperson's quoted concern "told reporters on Tuesday", the presidential office's
  plan "said late on Wednesday", a standing charge by two states and a standing denial
  by both and a professor's quotation), written during the round, apart from the code
  and without running it, and measured once, on the round's final code, and for
  comparison once on its starting code ``36169f5``, its misses never printed (blind).
- ``test143``: a hundred-and-forty-third held-out set in ``bench/extract_test143/``
  (ordinary news reports: Agence France-Presse's own wire copy on North Korea's
  ratification of the Pyongyang treaty, with a lead ending "state media said Tuesday", a
  spokesman's quotation split around "told a regular briefing", a spy agency's count
  "said last month", a vice minister's quoted position carried by KCNA and a professor's
  hedged forecast "told AFP"; an IANS report of its own on the car Putin gave Kim, with
  KCNA's account, the leader's sister's quoted phrase, "TASS news agency quoted ... as
  saying:", a ministry's charge and a spokesperson's quotation "according to Yonhap", a
  standing charge by two states and a standing denial by both; an NK News report on
  Koksan guns and rocket launchers sent to Russia, with a spy agency's count relayed by
  a named lawmaker, the outlet's own review of footage, an intelligence chief who "told
  The War Zone last week", a spokeswoman's quotation after "said:", an unnamed
  official's hedged view and an analyst's hedged forecasts; a Guardian report on North
  Korean casualties in Kursk, with curly quotes, a lawmaker relaying the spy agency, a
  president's quotation running over two paragraphs, the Pentagon's confirmation, two
  refusals (no claim), Pyongyang's standing position and a researcher's split quotation;
  a Radio Free Europe/Radio Liberty report on Kim at the Knevichi air base, with the
  defence ministry's account, a minister's quotation "according to the RIA Novosti news
  agency" and his forecast after "He added", a leader's quoted phrase relayed by KCNA,
  two spokesmen's quoted phrases dated apart and an analyst "told RFE/RL's Russian
  Service"; a Diplomat report on the failed satellite launch, with the space agency's
  account carried by state media, the military's text message, an unnamed official's
  suspicion, a chief cabinet secretary in Japanese name order, a president's pledge
  dated to the September summit, a spokesperson who "told The Diplomat" and a
  professor's split quotation; a Korea JoongAng Daily report on the munitions
  containers, with a defence minister's count "said Monday", his quotation split around
  "Shin said", a deputy minister's quoted denial "TASS reported Tuesday" and the byline
  at the foot; and a Nikkei Asia report on Russian oil shipped to North Korea, with
  "TOKYO --", a research group's findings, a chief cabinet secretary's concern and his
  pledge before "he added", a foreign secretary's statement to the BBC, an official who
  "told Nikkei Asia" and a standing denial by both states), written during the round,
  apart from the code and without running it, and measured once, on the round's final
  code, and for comparison once on its starting code ``36169f5``, its misses never
  printed (blind).
- ``test144``: a hundred-and-forty-fourth held-out set in ``bench/extract_test144/``
  (ordinary news reports: Bloomberg's own copy on Russian oil shipped to North Korea, a
  BBC News report on North Korean casualties in Kursk, a Moscow Times report on Kim Jong
  Un at the Komsomolsk-on-Amur fighter jet plant, a Meduza report on Putin's gift of an
  Aurus car to Kim, a Ukrainska Pravda report on Zelensky's count of North Korean
  soldiers in its Source: / Quote: / Details: / Background: layout, a Kyiv Post report
  on North Korean missiles fired at Ukraine, The Japan Times running Kyodo copy on the
  Lima summit of Japan, the United States and South Korea, and The Straits Times running
  AFP copy on Russia's defence minister in Pyongyang, each with its page furniture,
  datelines, relays, split quotations, standing denials, the outlet's own background and
  hedged forecasts), written during the round, apart from the code and without running
  it, and measured once, on the round's final code, and for comparison once on its
  starting code ``36169f5``, its misses never printed (blind).
- ``test145``: a hundred-and-forty-fifth held-out set in ``bench/extract_test145/``
  (ordinary news reports: Voice of America on Russian oil shipments to North Korea,
  Radio Free Asia on the families of North Korean soldiers sent to Russia, Daily NK on
  lectures hailing Kim's trip to Russia, The Hill on the White House's charge that
  Russia fired North Korean missiles at Ukraine, Fox News on the first North Korean
  casualties in Kursk, ABC News (Australia) on the Pyongyang treaty, SBS News running
  AAP copy on the Australia-South Korea 2+2 talks in Melbourne and CNA running Reuters
  copy on the Russian defence minister in Pyongyang), written during the round, apart
  from the code and without running it, and measured once, on the round's final code,
  and for comparison once on its starting code ``36169f5``, its misses never printed
  (blind).
- ``bundled``: the five articles of the bundled ledger, against the ledger's claims.

The dev and test texts are archived in a temporary copy of the bundled ledger (its
actors and outlets, plus ``bench/extract_outlets.yaml``), with the furniture that
``source add`` proposes written into their front matter as ``source add`` does.

Figures (each a share, with its counts):

- recall: expected claims that some draft covers (its excerpt holds the claim's ``at``);
- precision: drafts that cover some expected claim;
- speaker: among recalled claims, those with a covering draft by an accepted speaker;
- act, mode, relay, dates: among recalled claims where the field is coded, those whose
  best draft (the one with the right speaker, else the first) has it right; a date is
  right when it resolves to the same range of days (``unknown`` = no date);
- silent drops: expected claims neither drafted nor in the skipped list.

Run: ``python bench/extract_accuracy.py [--set NAME]... [--json] [-v]`` (NAME: a set above)
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from rnkclaims.dates import DateError, parse_date, resolve_relative
from rnkclaims.ledger import Ledger, Source, load, locate
from rnkclaims.spans import claim_spans, overlaps
from rnkclaims.spans import locate as find_in

try:
    from rnkclaims.authoring.extract import extract
except ImportError:  # the version before the authoring wing, for the baseline
    from rnkclaims.extract import extract  # type: ignore[no-redef]

try:
    from rnkclaims.authoring.extract import analyse
    from rnkclaims.authoring.extract.attribution import speech_verb_at
    from rnkclaims.authoring.sources_add import detect_furniture
except ImportError:  # the version before: its own passages, no proposed furniture
    from rnkclaims.extract import _VERB_RE, analyse  # type: ignore[attr-defined,no-redef]

    detect_furniture = None  # type: ignore[assignment]

    def speech_verb_at(masked: str, start: int, end: int) -> str | None:  # type: ignore[misc]
        m = _VERB_RE.search(masked, start, end)
        return m.group(1) if m else None


BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MATCH_SHARE = 0.5


def _said_range(said: Any, published: Any) -> tuple[date, date] | None:
    """The days a draft's or claim's ``said`` covers; None when it gives no date."""
    if said is None or said == "unknown":
        return None
    try:
        if isinstance(said, dict):
            if said.get("date") is not None:
                d = parse_date(said["date"])
                return d.earliest, d.latest
            if said.get("expression") and published is not None:
                r = resolve_relative(str(said["expression"]), parse_date(published))
                return r.earliest, r.latest
            return None
        d = parse_date(said)
        return d.earliest, d.latest
    except DateError:
        return None


def _expected_range(value: Any) -> tuple[date, date] | None:
    if value == "unknown":
        return None
    text = str(value)
    if ".." in text:
        a, b = text.split("..")
        return parse_date(a).earliest, parse_date(b).latest
    d = parse_date(text)
    return d.earliest, d.latest


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _published(source: Source) -> Any:
    value = source.meta.get("published")
    return value.get("date") if isinstance(value, dict) else value


def _draft_vias(draft: Any) -> set[str]:
    return {str(h.get("via")) for h in draft.relay}


class Tally:
    def __init__(self) -> None:
        self.n: dict[str, int] = {}

    def add(self, key: str, ok: bool) -> None:
        self.n[key + "_n"] = self.n.get(key + "_n", 0) + 1
        self.n[key + "_ok"] = self.n.get(key + "_ok", 0) + int(ok)

    def share(self, key: str) -> tuple[int, int]:
        return self.n.get(key + "_ok", 0), self.n.get(key + "_n", 0)


def _ledger_for(folder: Path, work: Path) -> Ledger:
    """A temporary ledger: the bundled actors and outlets, the bench outlets, and the
    set's sources (with the furniture ``source add`` would propose)."""
    data = work / "data"
    (data / "claims").mkdir(parents=True)
    (data / "sources").mkdir()
    shutil.copy(ROOT / "data" / "claims.yaml", data / "claims.yaml")
    shutil.copy(BENCH / "extract_outlets.yaml", data / "claims" / "outlets.yaml")
    for path in sorted((folder / "sources").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if detect_furniture is not None:
            _, front, body = text.split("---\n", 2)
            meta = yaml.safe_load(front)
            found = detect_furniture(body)
            if found:
                meta["furniture"] = found
                text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
                text += "---\n" + body
        (data / "sources" / path.name).write_text(text, encoding="utf-8")
    return load(locate(data))


def measure_coded(folder: Path, verbose: bool = False) -> dict[str, Any]:
    expected: dict[str, list[dict[str, Any]]] = yaml.safe_load(
        (folder / "expected.yaml").read_text(encoding="utf-8")
    )
    tally = Tally()
    drafts_total = precise = silent = unspoken = 0
    seconds: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        ledger = _ledger_for(folder, Path(tmp))
        for sid in sorted(expected):
            source = ledger.sources[sid]
            started = time.perf_counter()
            result = extract(ledger, source)
            seconds.append(time.perf_counter() - started)
            drafts = result.drafts
            skipped = getattr(result, "skipped", [])
            spans: list[tuple[int, int]] = []
            for claim in expected[sid]:
                where = find_in(source.text, claim["at"])
                if not where:
                    raise SystemExit(f"{folder.name}/{sid}: 'at' not in the text: {claim['at']!r}")
                span = where[0]
                spans.append(span)
                length = span[1] - span[0]
                cands = [d for d in drafts if overlaps((d.start, d.end), span) >= length * 0.9]
                tally.add("recall", bool(cands))
                if not cands:
                    listed = any(overlaps((s.start, s.end), span) >= length * 0.9 for s in skipped)
                    speech = _has_speech(source.text, span)
                    silent += int(not listed and speech)
                    unspoken += int(not listed and not speech)
                    if verbose:
                        why = "skipped" if listed else "SILENT"
                        print(f"  miss[{why}] {sid}: {claim['at']!r}", file=sys.stderr)
                    continue
                speakers = _as_list(claim["speaker"])
                right = [d for d in cands if d.speaker in speakers]
                tally.add("speaker", bool(right))
                best = right[0] if right else cands[0]
                if verbose and not right:
                    print(
                        f"  speaker {sid}: {claim['at']!r} want {speakers} got "
                        f"{[d.speaker for d in cands]}",
                        file=sys.stderr,
                    )
                if "act" in claim:
                    ok = best.act in _as_list(claim["act"])
                    tally.add("act", ok)
                    if verbose and not ok:
                        print(f"  act {sid}: {claim['at']!r} want {claim['act']} got {best.act}",
                              file=sys.stderr)  # fmt: skip
                if "mode" in claim:
                    tally.add("mode", best.mode == claim["mode"])
                if "relay" in claim:
                    ok = _draft_vias(best) == set(claim["relay"])
                    tally.add("relay", ok)
                    if verbose and not ok:
                        print(f"  relay {sid}: {claim['at']!r} want {claim['relay']} got "
                              f"{sorted(_draft_vias(best))}", file=sys.stderr)  # fmt: skip
                if "said" in claim:
                    got = _said_range(best.said, _published(source))
                    ok = got == _expected_range(claim["said"])
                    tally.add("dates", ok)
                    if verbose and not ok:
                        print(f"  date {sid}: {claim['at']!r} want {claim['said']} got "
                              f"{best.said}", file=sys.stderr)  # fmt: skip
            for d in drafts:
                drafts_total += 1
                hit = any(overlaps((d.start, d.end), s) >= (s[1] - s[0]) * 0.9 for s in spans)
                precise += int(hit)
                if verbose and not hit:
                    print(f"  extra {sid} L{d.line} {d.speaker}: {d.excerpt!r:.100}",
                          file=sys.stderr)  # fmt: skip
    return _figures(tally, drafts_total, precise, silent, unspoken, seconds)


def measure_bundled(verbose: bool = False) -> dict[str, Any]:
    """The bundled articles against the bundled ledger's claims (speech claims only:
    claims in the publishing outlet's own voice have no speech verb to find)."""
    ledger = load(locate(ROOT / "data"))
    tally = Tally()
    drafts_total = precise = silent = unspoken = 0
    seconds: list[float] = []
    for sid in sorted(ledger.sources):
        source = ledger.sources[sid]
        claims = [
            c
            for c in ledger.claims
            if c.get("source") == sid
            and c.get("mode") in ("quote", "reported")
            and c.get("speaker") != source.meta.get("outlet")
        ]
        spans: dict[str, list[tuple[int, int]]] = {}
        for cid, a, b in claim_spans(source, claims):
            spans.setdefault(cid, []).append((a, b))
        started = time.perf_counter()
        result = extract(ledger, source)
        seconds.append(time.perf_counter() - started)
        drafts = result.drafts
        skipped = getattr(result, "skipped", [])

        def hit(a: tuple[int, int], b: tuple[int, int]) -> bool:
            return overlaps(a, b) >= max(1, min(a[1] - a[0], b[1] - b[0])) * MATCH_SHARE

        for claim in claims:
            cid = str(claim.get("id"))
            cands = [d for d in drafts if any(hit((d.start, d.end), s) for s in spans.get(cid, []))]
            tally.add("recall", bool(cands))
            if not cands:
                listed = any(
                    hit((s.start, s.end), sp) for s in skipped for sp in spans.get(cid, [])
                )
                speech = any(_has_speech(source.text, sp) for sp in spans.get(cid, []))
                silent += int(not listed and speech)
                unspoken += int(not listed and not speech)
                if verbose:
                    print(f"  miss {sid} {cid}: {claim.get('excerpt')!r:.90}", file=sys.stderr)
                continue
            right = [d for d in cands if d.speaker == claim.get("speaker")]
            tally.add("speaker", bool(right))
            best = right[0] if right else cands[0]
            tally.add("act", best.act == claim.get("act"))
            tally.add("mode", best.mode == claim.get("mode"))
            want = {str(h.get("via")) for h in claim.get("relay") or []}
            tally.add("relay", _draft_vias(best) == want)
            published = _published(source)
            got = _said_range(best.said, published)
            expected = _said_range(claim.get("said"), published)
            if claim.get("said") is not None:
                tally.add("dates", got == expected)
            if verbose:
                for what, ok, detail in (
                    ("act", best.act == claim.get("act"), f"{claim.get('act')} / {best.act}"),
                    ("relay", _draft_vias(best) == want, f"{want} / {_draft_vias(best)}"),
                    ("date", claim.get("said") is None or got == expected,
                     f"{claim.get('said')} / {best.said}"),
                ):  # fmt: skip
                    if not ok:
                        print(f"  {what} {cid}: want / got {detail}", file=sys.stderr)
        all_spans = [s for ss in spans.values() for s in ss]
        for d in drafts:
            drafts_total += 1
            precise += int(any(hit((d.start, d.end), s) for s in all_spans))
    return _figures(tally, drafts_total, precise, silent, unspoken, seconds)


def _has_speech(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence(s) of a passage hold a quotation mark or a speech verb: the
    passages ``extract`` must draft or list as skipped."""
    a = analyse(text)
    start = a.sentence_at(span[0])[0]
    end = a.sentence_at(max(span[0], span[1] - 1))[1]
    if any(c in text[start:end] for c in '"\u201c\u201d\u00ab\u00bb'):
        return True
    return speech_verb_at(a.masked, start, end) is not None


def _figures(
    tally: Tally,
    drafts: int,
    precise: int,
    silent: int,
    unspoken: int,
    seconds: list[float],
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("recall", "speaker", "act", "mode", "relay", "dates"):
        ok, n = tally.share(key)
        out[key] = {"ok": ok, "n": n, "percent": round(100.0 * ok / n, 1) if n else None}
    out["precision"] = {
        "ok": precise,
        "n": drafts,
        "percent": round(100.0 * precise / drafts, 1) if drafts else None,
    }
    out["silent_drops"] = silent
    out["missed_without_speech"] = unspoken
    out["seconds_per_article_max"] = round(max(seconds), 3) if seconds else 0.0
    return out


SETS = {
    "dev": lambda v: measure_coded(BENCH / "extract_dev", v),
    "test": lambda v: measure_coded(BENCH / "extract_test", v),
    "test2": lambda v: measure_coded(BENCH / "extract_test2", v),
    "test3": lambda v: measure_coded(BENCH / "extract_test3", v),
    "test4": lambda v: measure_coded(BENCH / "extract_test4", v),
    "test5": lambda v: measure_coded(BENCH / "extract_test5", v),
    "test6": lambda v: measure_coded(BENCH / "extract_test6", v),
    "test7": lambda v: measure_coded(BENCH / "extract_test7", v),
    "test8": lambda v: measure_coded(BENCH / "extract_test8", v),
    "test9": lambda v: measure_coded(BENCH / "extract_test9", v),
    "test10": lambda v: measure_coded(BENCH / "extract_test10", v),
    "test11": lambda v: measure_coded(BENCH / "extract_test11", v),
    "test12": lambda v: measure_coded(BENCH / "extract_test12", v),
    "test13": lambda v: measure_coded(BENCH / "extract_test13", v),
    "test14": lambda v: measure_coded(BENCH / "extract_test14", v),
    "test15": lambda v: measure_coded(BENCH / "extract_test15", v),
    "test16": lambda v: measure_coded(BENCH / "extract_test16", v),
    "test17": lambda v: measure_coded(BENCH / "extract_test17", v),
    "test18": lambda v: measure_coded(BENCH / "extract_test18", v),
    "test19": lambda v: measure_coded(BENCH / "extract_test19", v),
    "test20": lambda v: measure_coded(BENCH / "extract_test20", v),
    "test21": lambda v: measure_coded(BENCH / "extract_test21", v),
    "test22": lambda v: measure_coded(BENCH / "extract_test22", v),
    "test23": lambda v: measure_coded(BENCH / "extract_test23", v),
    "test24": lambda v: measure_coded(BENCH / "extract_test24", v),
    "test25": lambda v: measure_coded(BENCH / "extract_test25", v),
    "test26": lambda v: measure_coded(BENCH / "extract_test26", v),
    "test27": lambda v: measure_coded(BENCH / "extract_test27", v),
    "test28": lambda v: measure_coded(BENCH / "extract_test28", v),
    "test29": lambda v: measure_coded(BENCH / "extract_test29", v),
    "test30": lambda v: measure_coded(BENCH / "extract_test30", v),
    "test31": lambda v: measure_coded(BENCH / "extract_test31", v),
    "test32": lambda v: measure_coded(BENCH / "extract_test32", v),
    "test33": lambda v: measure_coded(BENCH / "extract_test33", v),
    "test34": lambda v: measure_coded(BENCH / "extract_test34", v),
    "test35": lambda v: measure_coded(BENCH / "extract_test35", v),
    "test36": lambda v: measure_coded(BENCH / "extract_test36", v),
    "test37": lambda v: measure_coded(BENCH / "extract_test37", v),
    "test38": lambda v: measure_coded(BENCH / "extract_test38", v),
    "test39": lambda v: measure_coded(BENCH / "extract_test39", v),
    "test40": lambda v: measure_coded(BENCH / "extract_test40", v),
    "test41": lambda v: measure_coded(BENCH / "extract_test41", v),
    "test42": lambda v: measure_coded(BENCH / "extract_test42", v),
    "test43": lambda v: measure_coded(BENCH / "extract_test43", v),
    "test44": lambda v: measure_coded(BENCH / "extract_test44", v),
    "test45": lambda v: measure_coded(BENCH / "extract_test45", v),
    "test46": lambda v: measure_coded(BENCH / "extract_test46", v),
    "test47": lambda v: measure_coded(BENCH / "extract_test47", v),
    "test48": lambda v: measure_coded(BENCH / "extract_test48", v),
    "test49": lambda v: measure_coded(BENCH / "extract_test49", v),
    "test50": lambda v: measure_coded(BENCH / "extract_test50", v),
    "test51": lambda v: measure_coded(BENCH / "extract_test51", v),
    "test52": lambda v: measure_coded(BENCH / "extract_test52", v),
    "test53": lambda v: measure_coded(BENCH / "extract_test53", v),
    "test54": lambda v: measure_coded(BENCH / "extract_test54", v),
    "test55": lambda v: measure_coded(BENCH / "extract_test55", v),
    "test56": lambda v: measure_coded(BENCH / "extract_test56", v),
    "test57": lambda v: measure_coded(BENCH / "extract_test57", v),
    "test58": lambda v: measure_coded(BENCH / "extract_test58", v),
    "test59": lambda v: measure_coded(BENCH / "extract_test59", v),
    "test60": lambda v: measure_coded(BENCH / "extract_test60", v),
    "test61": lambda v: measure_coded(BENCH / "extract_test61", v),
    "test62": lambda v: measure_coded(BENCH / "extract_test62", v),
    "test63": lambda v: measure_coded(BENCH / "extract_test63", v),
    "test64": lambda v: measure_coded(BENCH / "extract_test64", v),
    "test65": lambda v: measure_coded(BENCH / "extract_test65", v),
    "test66": lambda v: measure_coded(BENCH / "extract_test66", v),
    "test67": lambda v: measure_coded(BENCH / "extract_test67", v),
    "test68": lambda v: measure_coded(BENCH / "extract_test68", v),
    "test69": lambda v: measure_coded(BENCH / "extract_test69", v),
    "test70": lambda v: measure_coded(BENCH / "extract_test70", v),
    "test71": lambda v: measure_coded(BENCH / "extract_test71", v),
    "test72": lambda v: measure_coded(BENCH / "extract_test72", v),
    "test73": lambda v: measure_coded(BENCH / "extract_test73", v),
    "test74": lambda v: measure_coded(BENCH / "extract_test74", v),
    "test75": lambda v: measure_coded(BENCH / "extract_test75", v),
    "test76": lambda v: measure_coded(BENCH / "extract_test76", v),
    "test77": lambda v: measure_coded(BENCH / "extract_test77", v),
    "test78": lambda v: measure_coded(BENCH / "extract_test78", v),
    "test79": lambda v: measure_coded(BENCH / "extract_test79", v),
    "test80": lambda v: measure_coded(BENCH / "extract_test80", v),
    "test81": lambda v: measure_coded(BENCH / "extract_test81", v),
    "test82": lambda v: measure_coded(BENCH / "extract_test82", v),
    "test83": lambda v: measure_coded(BENCH / "extract_test83", v),
    "test84": lambda v: measure_coded(BENCH / "extract_test84", v),
    "test85": lambda v: measure_coded(BENCH / "extract_test85", v),
    "test86": lambda v: measure_coded(BENCH / "extract_test86", v),
    "test87": lambda v: measure_coded(BENCH / "extract_test87", v),
    "test88": lambda v: measure_coded(BENCH / "extract_test88", v),
    "test89": lambda v: measure_coded(BENCH / "extract_test89", v),
    "test90": lambda v: measure_coded(BENCH / "extract_test90", v),
    "test91": lambda v: measure_coded(BENCH / "extract_test91", v),
    "test92": lambda v: measure_coded(BENCH / "extract_test92", v),
    "test93": lambda v: measure_coded(BENCH / "extract_test93", v),
    "test94": lambda v: measure_coded(BENCH / "extract_test94", v),
    "test95": lambda v: measure_coded(BENCH / "extract_test95", v),
    "test96": lambda v: measure_coded(BENCH / "extract_test96", v),
    "test97": lambda v: measure_coded(BENCH / "extract_test97", v),
    "test98": lambda v: measure_coded(BENCH / "extract_test98", v),
    "test99": lambda v: measure_coded(BENCH / "extract_test99", v),
    "test100": lambda v: measure_coded(BENCH / "extract_test100", v),
    "test101": lambda v: measure_coded(BENCH / "extract_test101", v),
    "test102": lambda v: measure_coded(BENCH / "extract_test102", v),
    "test103": lambda v: measure_coded(BENCH / "extract_test103", v),
    "test104": lambda v: measure_coded(BENCH / "extract_test104", v),
    "test105": lambda v: measure_coded(BENCH / "extract_test105", v),
    "test106": lambda v: measure_coded(BENCH / "extract_test106", v),
    "test107": lambda v: measure_coded(BENCH / "extract_test107", v),
    "test108": lambda v: measure_coded(BENCH / "extract_test108", v),
    "test109": lambda v: measure_coded(BENCH / "extract_test109", v),
    "test110": lambda v: measure_coded(BENCH / "extract_test110", v),
    "test111": lambda v: measure_coded(BENCH / "extract_test111", v),
    "test112": lambda v: measure_coded(BENCH / "extract_test112", v),
    "test113": lambda v: measure_coded(BENCH / "extract_test113", v),
    "test114": lambda v: measure_coded(BENCH / "extract_test114", v),
    "test115": lambda v: measure_coded(BENCH / "extract_test115", v),
    "test116": lambda v: measure_coded(BENCH / "extract_test116", v),
    "test117": lambda v: measure_coded(BENCH / "extract_test117", v),
    "test118": lambda v: measure_coded(BENCH / "extract_test118", v),
    "test119": lambda v: measure_coded(BENCH / "extract_test119", v),
    "test120": lambda v: measure_coded(BENCH / "extract_test120", v),
    "test121": lambda v: measure_coded(BENCH / "extract_test121", v),
    "test122": lambda v: measure_coded(BENCH / "extract_test122", v),
    "test123": lambda v: measure_coded(BENCH / "extract_test123", v),
    "test124": lambda v: measure_coded(BENCH / "extract_test124", v),
    "test125": lambda v: measure_coded(BENCH / "extract_test125", v),
    "test126": lambda v: measure_coded(BENCH / "extract_test126", v),
    "test127": lambda v: measure_coded(BENCH / "extract_test127", v),
    "test128": lambda v: measure_coded(BENCH / "extract_test128", v),
    "test129": lambda v: measure_coded(BENCH / "extract_test129", v),
    "test130": lambda v: measure_coded(BENCH / "extract_test130", v),
    "test131": lambda v: measure_coded(BENCH / "extract_test131", v),
    "test132": lambda v: measure_coded(BENCH / "extract_test132", v),
    "test133": lambda v: measure_coded(BENCH / "extract_test133", v),
    "test134": lambda v: measure_coded(BENCH / "extract_test134", v),
    "test135": lambda v: measure_coded(BENCH / "extract_test135", v),
    "test136": lambda v: measure_coded(BENCH / "extract_test136", v),
    "test137": lambda v: measure_coded(BENCH / "extract_test137", v),
    "test138": lambda v: measure_coded(BENCH / "extract_test138", v),
    "test139": lambda v: measure_coded(BENCH / "extract_test139", v),
    "test140": lambda v: measure_coded(BENCH / "extract_test140", v),
    "test141": lambda v: measure_coded(BENCH / "extract_test141", v),
    "test142": lambda v: measure_coded(BENCH / "extract_test142", v),
    "test143": lambda v: measure_coded(BENCH / "extract_test143", v),
    "test144": lambda v: measure_coded(BENCH / "extract_test144", v),
    "test145": lambda v: measure_coded(BENCH / "extract_test145", v),
    "bundled": measure_bundled,
}


def _cell(fig: dict[str, Any]) -> str:
    if fig["percent"] is None:
        return "n/a"
    return f"{fig['percent']:g}% ({fig['ok']}/{fig['n']})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: all")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses on stderr")
    args = parser.parse_args(argv)
    names = args.set or list(SETS)
    results = {name: SETS[name](args.verbose) for name in names}
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    cols = ["recall", "precision", "speaker", "act", "relay", "dates"]
    print("| set | " + " | ".join(cols) + " | silent drops | missed, no speech | slowest |")
    print("|---|" + "---:|" * (len(cols) + 3))
    for name, fig in results.items():
        cells = [_cell(fig[c]) for c in cols]
        print(
            f"| {name} | " + " | ".join(cells) + f" | {fig['silent_drops']} | "
            f"{fig['missed_without_speech']} | {fig['seconds_per_article_max']:.2f} s |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write a date-free corpus: human-rights prose full of numbers that look like dates but are not.

    python bench/compare/date_free_corpus.py OUT.txt [--words 120000] [--check]

What it is for: measuring the *false* dates a date extractor finds, per 100,000 words. Gold sets
measure recall and precision on real documents, but they hold too few hard negatives to pin
down a false-positive rate of the order we aim at (target: at most 1 false date per 100,000
words). Here every date found is false, so the count is the figure:

    hrtext analyze --format jsonl OUT.txt            # every `dates` entry is a false date
    python bench/compare/compare_dates.py --date-free OUT.txt   # the same for the anchors

The text is operative and preambular paragraphs of resolutions, NGO joint letters, report
paragraphs with footnotes, UPR recommendation lists and press releases (some in French and
Spanish), built from more than 60 sentence templates whose slots are filled with the shapes
that naive extractors mistake for dates:
- UN document symbols, years inside them included, which the annotation rules say are not dates
  ("A/HRC/40/2", "CCPR/C/CHN/CO/3", "E/CN.4/2005/L.10/Add.11", "A/HRC/WGAD/2021/30"), and
  special procedures communication references ("AL CHN 16/2020");
- resolution and decision numbers ("resolution 37/23", "decision 2/102", "resolution 2200 A (XXI)");
- article, paragraph, page, section, rule and version numbers ("article 19 (2)", "articles 9 to
  14", "pp. 40-52", "section 12.04", "version 2.4.1");
- counts, amounts, percentages, fractions, ages, durations, ordinals, vote tallies, phone numbers
  and times of day ("2,019 people", "US$ 3.5 million", "45 per cent", "24/7", "3/4 of",
  "aged 17", "for 15 days", "the 40th session", "(28-14)", "+41 22 917 93 27", "10:30");
- words that are month or weekday names, or their abbreviations, in another use: "May" as a
  modal verb, "march" as a verb or noun, "august" as an adjective, "mar", "sat", "wed",
  "Mon State", French "sept" (seven), Spanish "mar" (sea);
- vague expressions the spec says are not dates ("recently", "in the past", "at present").
What counts as a date follows ../shared/spec/output-format.md and annotation.md; durations
("for 15 days") and times of day are not points in the calendar and are not dates there either.

The text holds no bare year at all (no 4-digit number from 1800 to 2100 outside a symbol or a
communication reference), no month name next to a number, no numeric date and no deictic
expression ("today", "last year"); `--check` verifies that with strict patterns after writing.

The output is reproducible: every choice comes from random.Random(2019), in a fixed order, so
the same version of this script always writes the same bytes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Callable

SEED = 2019
DEFAULT_WORDS = 120_000

# --- vocabulary: real names of states, bodies, NGOs and instruments; no person names -------------

STATES = [
    "China", "the Russian Federation", "Belarus", "Iran (Islamic Republic of)", "Myanmar",
    "Nicaragua", "Venezuela (Bolivarian Republic of)", "Egypt", "Saudi Arabia", "Eritrea", "Burundi",
    "Sri Lanka", "Ethiopia", "Afghanistan", "the Philippines", "Cambodia", "Viet Nam", "Uzbekistan",
    "Turkmenistan", "Azerbaijan", "Bahrain", "the Syrian Arab Republic", "South Sudan", "Yemen",
    "Tajikistan", "Georgia", "Kazakhstan", "Slovenia", "Colombia",
]
# ISO 3166-1 alpha-3 codes, as they appear in treaty-body and UPR symbols.
ISO = ["CHN", "RUS", "BLR", "IRN", "MMR", "NIC", "VEN", "EGY", "SAU", "ERI", "BDI", "LKA", "ETH",
       "AFG", "PHL", "KHM", "VNM", "UZB", "TKM", "AZE", "BHR", "SYR", "SSD", "YEM", "TJK", "GEO",
       "KAZ", "SVN", "COL"]
RECOMMENDING = [
    "Norway", "Mexico", "Germany", "Canada", "Switzerland", "Netherlands", "Ireland", "Uruguay",
    "Costa Rica", "Botswana", "Fiji", "Chile", "Portugal", "Iceland", "Sierra Leone", "Australia",
    "New Zealand", "Czechia", "Estonia", "Ghana", "Namibia", "Argentina", "Slovenia", "Japan",
]
BODIES = [
    "the Human Rights Council", "the Working Group on Arbitrary Detention",
    "the Special Rapporteur on the situation of human rights defenders", "the Committee against Torture",
    "the Human Rights Committee", "the Committee on the Elimination of Racial Discrimination",
    "the Committee on Economic, Social and Cultural Rights", "the Committee on the Rights of the Child",
    "the Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression",
    "the Special Rapporteur on the rights to freedom of peaceful assembly and of association",
    "the Working Group on Enforced or Involuntary Disappearances", "the Subcommittee on Prevention of Torture",
    "the Committee of Experts on the Application of Conventions and Recommendations",
    "the Special Rapporteur on contemporary forms of slavery", "the Independent Expert on sexual orientation and gender identity",
]
NGOS = [
    "Amnesty International", "Human Rights Watch", "ARTICLE 19", "the International Service for Human Rights",
    "CIVICUS", "Front Line Defenders", "the International Federation for Human Rights (FIDH)",
    "the World Organisation Against Torture (OMCT)", "Human Rights in China", "Chinese Human Rights Defenders",
    "the Committee to Protect Journalists", "Reporters Without Borders", "the International Commission of Jurists",
    "Viasna Human Rights Centre", "Access Now", "Privacy International", "the Uyghur Human Rights Project",
    "Freedom House", "PEN International", "the Association for Progressive Communications",
    "the Gulf Centre for Human Rights", "the Cairo Institute for Human Rights Studies", "FORUM-ASIA",
    "Anti-Slavery International", "the Clean Clothes Campaign", "Protection International",
    "Peace Brigades International", "DefendDefenders", "the Cotton Campaign", "Uzbek Forum for Human Rights",
]
THEMES = [
    "freedom of expression", "freedom of peaceful assembly", "freedom of association", "the right to a fair trial",
    "the absolute prohibition of torture", "the right to privacy", "the independence of lawyers",
    "the rights of persons belonging to minorities", "the right to health", "the right to education",
    "the right to form and join trade unions", "freedom of religion or belief", "the right to participate in public affairs",
    "the right to liberty and security of person", "the prohibition of forced labour",
]
INSTRUMENTS = [
    "the International Covenant on Civil and Political Rights", "the Universal Declaration of Human Rights",
    "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "the International Covenant on Economic, Social and Cultural Rights", "the Convention on the Rights of the Child",
    "the Convention on the Elimination of All Forms of Discrimination against Women",
    "the Declaration on Human Rights Defenders", "the Rome Statute of the International Criminal Court",
    "the Forced Labour Convention (No. 29)", "the Abolition of Forced Labour Convention (No. 105)",
    "the Worst Forms of Child Labour Convention (No. 182)",
]
PEOPLE = ["human rights defenders", "journalists", "lawyers", "students", "workers", "trade unionists",
          "protesters", "prisoners of conscience", "petitioners", "bloggers", "members of minority communities"]
GROUP = ["lawyer", "journalist", "labour activist", "blogger", "woman human rights defender", "teacher", "imam"]
MINORS = ["student", "schoolgirl", "schoolboy", "child labourer", "blogger"]
# Instruments that have an optional protocol to ratify.
WITH_PROTOCOL = [
    "the International Covenant on Civil and Political Rights", "the Convention on the Rights of the Child",
    "the International Covenant on Economic, Social and Cultural Rights",
    "the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "the Convention on the Elimination of All Forms of Discrimination against Women", "the Forced Labour Convention (No. 29)",
]
PLACES = ["Mon State", "Rakhine State", "the Xinjiang Uyghur Autonomous Region", "the Tibet Autonomous Region",
          "the Hong Kong Special Administrative Region", "Karakalpakstan", "the Kurdistan Region", "Tigray",
          "Gorno-Badakhshan", "the Chittagong Hill Tracts"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XVI", "XIX", "XX", "XXI"]
ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
# Security Council resolutions outside 1800-2100, so that "resolution 2417" is a trap, not a year.
SC_RESOLUTIONS = [1265, 1325, 1612, 1674, 1738, 2222, 2250, 2286, 2417, 2467, 2475, 2573, 2601]
GA_OLD = ["217 A (III)", "2106 A (XX)", "2200 A (XXI)", "3452 (XXX)"]


class Filler:
    """Slot values. Every value comes from self.rng, so the order of calls fixes the output."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: Counter[str] = Counter()

    # small helpers -------------------------------------------------------------------------
    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def safe4(self) -> str:
        """A 4-digit group that cannot be read as a year (none from 1800 to 2100)."""
        return str(self.n(1000, 1799) if self.n(0, 1) else self.n(2101, 9999))

    def year(self) -> int:
        """A year, for use *inside* a UN symbol or communication reference only."""
        return self.n(1995, 2023)

    def thousands(self, lo: int, hi: int) -> int:
        """A number to print with a thousands separator; one in four is 1,800-2,100 ("2,019
        people"), a year to anyone who drops the separator."""
        return self.n(1800, 2100) if self.n(1, 4) == 1 else self.n(lo, hi)

    # entities --------------------------------------------------------------------------------
    def state(self) -> str: return self.pick(STATES)
    def body(self) -> str: return self.pick(BODIES)
    def ngo(self) -> str: return self.pick(NGOS)
    def theme(self) -> str: return self.pick(THEMES)
    def instrument(self) -> str: return self.pick(INSTRUMENTS)
    def people(self) -> str: return self.pick(PEOPLE)
    def person(self) -> str: return self.pick(GROUP)
    def minor(self) -> str: return self.pick(MINORS)
    def treaty_op(self) -> str: return self.pick(WITH_PROTOCOL)
    def cycle(self) -> str: return self.pick(ORDINAL_WORDS[:4])  # the review has had four cycles
    def place(self) -> str: return self.pick(PLACES)
    def recommending(self) -> str: return self.pick(RECOMMENDING)
    def ordinal_word(self) -> str: return self.pick(ORDINAL_WORDS)
    def roman(self) -> str: return self.pick(ROMAN)

    # traps: symbols and references -----------------------------------------------------------
    def symbol(self) -> str:
        s, k, iso = self.n(1, 58), self.n(1, 80), self.pick(ISO)
        first = self.n(2, 14)
        last = first + self.n(1, 3)  # a treaty body's combined reports: "CERD/C/CHN/CO/14-17"
        # Lambdas, so that only the chosen form draws its numbers.
        forms: list[Callable[[], str]] = [
            lambda: f"A/HRC/{s}/{k}", lambda: f"A/HRC/{s}/L.{self.n(1, 45)}",
            lambda: f"A/HRC/RES/{s}/{self.n(1, 40)}", lambda: f"A/HRC/{s}/{k}/Add.{self.n(1, 4)}",
            lambda: f"A/HRC/WG.6/{self.n(1, 45)}/{iso}/{self.n(1, 3)}", self.wgad,
            lambda: f"A/{self.n(60, 79)}/{self.n(100, 399)}", lambda: f"A/RES/{self.n(48, 78)}/{self.n(1, 299)}",
            lambda: f"A/C.3/{self.n(60, 78)}/L.{self.n(1, 60)}", lambda: f"CCPR/C/{iso}/CO/{self.n(1, 7)}",
            lambda: f"CERD/C/{iso}/CO/{first}-{last}", lambda: f"CAT/C/{iso}/CO/{self.n(1, 6)}",
            lambda: f"CRC/C/{iso}/CO/{first}-{last}", lambda: f"E/C.12/{iso}/CO/{self.n(1, 4)}",
            lambda: f"CEDAW/C/{iso}/CO/{self.n(1, 9)}", lambda: f"S/{self.year()}/{self.n(1, 999)}",
            lambda: f"E/CN.4/{self.n(1995, 2005)}/L.{self.n(1, 99)}/Add.{self.n(1, 20)}",
            lambda: f"E/CN.4/{self.n(1995, 2005)}/{self.n(1, 150)}",
        ]
        return self.rng.choice(forms)()

    def wgad(self) -> str:
        """An opinion of the Working Group on Arbitrary Detention: a year inside a symbol."""
        return f"A/HRC/WGAD/{self.year()}/{self.n(1, 90)}"

    def gc(self) -> str: return f"CCPR/C/GC/{self.n(20, 37)}"

    def comm(self) -> str:
        """A special procedures communication reference: a case number, not a symbol or a date."""
        return f"{self.pick(['AL', 'UA', 'OL', 'JAL', 'JUA'])} {self.pick(ISO)} {self.n(1, 30)}/{self.year()}"

    def res_hrc(self) -> str: return f"{self.n(1, 58)}/{self.n(1, 40)}"
    def res_ga(self) -> str: return f"{self.n(48, 78)}/{self.n(1, 299)}"
    def res_sc(self) -> str: return str(self.rng.choice(SC_RESOLUTIONS))
    def res_ga_old(self) -> str: return self.pick(GA_OLD)
    def decision(self) -> str: return f"{self.n(1, 58)}/{self.n(101, 120)}"

    def article(self) -> str:
        a, b = self.n(1, 30), self.n(1, 5)
        return self.pick([
            f"article {a}", f"article {a} ({b})", f"article {a} ({b}) ({self.pick(list('abcde'))})",
            f"articles {a} to {a + self.n(2, 6)}", f"articles {a} and {a + 1}", f"article {a}, paragraph {b},",
        ])

    def para(self) -> str:
        a = self.n(2, 140)
        return self.pick([f"para. {a}", f"paras. {a}-{a + self.n(1, 6)}", f"paragraph {a}", f"paras. {a} and {a + 2}"])

    def page(self) -> str:
        a = self.n(3, 480)
        return self.pick([f"p. {a}", f"pp. {a}-{a + self.n(2, 30)}", f"pp. {a}\u2013{a + self.n(2, 30)}", f"at p. {a}"])

    def section(self) -> str:
        # Never three parts ending in two digits: "1.2.12" would be a d.m.yy date to --check.
        a, b = self.n(1, 14), self.n(1, 12)
        return self.pick([f"{a}.{b}.{self.n(1, 9)}", f"{a}.{b:02d}", f"{a}.{b}", f"{self.roman()}.{self.pick(list('ABCD'))}"])

    def version(self) -> str:
        return self.pick([f"{self.n(1, 16)}.{self.n(0, 12)}.{self.n(0, 9)}", f"{self.n(1, 9)}.{self.n(0, 30)}"])

    def case_no(self) -> str:
        return self.pick([f"{self.n(1, 99)}-{self.n(100, 999)}", self.safe4(), f"{self.n(100, 999)}-{self.pick(list('ABKU'))}"])

    def rule(self) -> str: return str(self.n(1, 122))
    def upr_rec(self) -> str: return f"{self.n(115, 160)}.{self.n(1, 280)}"
    def agenda(self) -> str: return str(self.n(2, 10))

    # traps: quantities -----------------------------------------------------------------------
    def count(self) -> str:
        """How many people: mostly tens and hundreds, often thousands with a comma."""
        return str(self.n(12, 999)) if self.n(0, 1) else f"{self.thousands(1000, 12_000):,}"

    def count_fr(self) -> str:
        # French groups thousands with a narrow no-break space: "2 019".
        return str(self.n(12, 999)) if self.n(0, 1) else f"{self.thousands(1000, 12_000):,}".replace(",", "\u202f")

    def count_es(self) -> str:
        # Spanish groups thousands with a dot: "2.019", which also reads like d.mmm.
        return str(self.n(12, 999)) if self.n(0, 1) else f"{self.thousands(1000, 12_000):,}".replace(",", ".")

    def few(self) -> str: return str(self.n(2, 60))
    def orgs(self) -> str: return str(self.n(12, 640))
    def hours(self) -> str: return str(self.rng.choice([24, 48, 72, 96]))
    def km(self) -> str: return f"{self.thousands(1000, 3500):,}" if self.n(0, 1) else str(self.n(40, 990))

    def money(self) -> str:
        return self.pick([f"US$ {self.n(1, 9)}.{self.n(1, 9)} million", f"CHF {self.n(12, 950)},000",
                          f"EUR {self.n(2, 40)} million", f"US$ {self.n(120, 990)},000", f"RMB {self.n(2, 90)},{self.n(100, 999)}"])

    def pct(self) -> str:
        return self.pick([f"{self.n(2, 97)} per cent", f"{self.n(2, 97)}.{self.n(1, 9)} per cent", f"{self.n(2, 97)}%"])

    def pct_fr(self) -> str: return self.pick([f"{self.n(2, 97)}\u00a0%", f"{self.n(2, 97)},{self.n(1, 9)}\u00a0%"])
    def pct_es(self) -> str: return self.pick([f"{self.n(2, 97)} por ciento", f"{self.n(2, 97)},{self.n(1, 9)} %"])
    def fraction(self) -> str: return self.pick(["3/4", "1/3", "2/3", "1/4", "3/5", "two thirds", "one in five"])
    def age(self) -> str: return str(self.n(19, 79))
    def minor_age(self) -> str: return str(self.n(12, 17))

    def duration(self) -> str:
        return self.pick([f"{self.n(2, 45)} days", f"{self.n(2, 11)} months", f"{self.hours()} hours", f"{self.n(3, 20)} weeks"])

    def sentence(self) -> str:
        return self.pick([f"{self.n(2, 15)} years", f"{self.n(6, 30)} months", f"{self.n(2, 15)} years and {self.n(2, 11)} months"])

    def ordinal(self) -> str:
        n = self.n(1, 58)
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"

    def votes(self) -> str:
        yes, no = self.n(15, 33), self.n(3, 18)
        return self.pick([f"by {yes} votes to {no}, with {self.n(1, 9)} abstentions", f"({yes}-{no})",
                          f"by a recorded vote of {yes} to {no}"])

    def score(self) -> str: return f"{self.n(1, 6)}-{self.n(0, 5)}"

    def phone(self) -> str:
        return self.pick([f"+41 22 917 {self.n(10, 99)} {self.n(10, 99)}", f"+1 212 {self.n(300, 999)} {self.safe4()}",
                          f"+852 {self.safe4()} {self.safe4()}", f"+44 20 {self.safe4()} {self.safe4()}",
                          f"+32 2 {self.n(200, 999)} {self.n(10, 99)} {self.n(10, 99)}"])

    def clock(self) -> str: return f"{self.n(8, 18)}:{self.pick(['00', '15', '30', '45'])}"
    def room(self) -> str: return self.pick(["XX", "XVII", "XXIV", "IX", "XXVI", "XII"])
    def email(self) -> str:
        return self.pick(["press", "media", "geneva", "info", "advocacy"]) + "@" + self.pick(
            ["ishr.ch", "fidh.org", "hrw.org", "omct.org", "article19.org"])
    def meeting(self) -> str: return str(self.n(12, 60))

    # filling ---------------------------------------------------------------------------------
    def fill(self, template: str) -> str:
        def slot(match: re.Match[str]) -> str:
            self.used[match.group(1)] += 1
            return getattr(self, match.group(1))()
        text = re.sub(r"\{(\w+)\}", slot, template)
        return text[:1].upper() + text[1:]  # a slot that opens a sentence: "the Committee" -> "The"

    def deck(self, templates: list[str]) -> Callable[[], str]:
        """Draws templates without replacement, reshuffling when all are used, so that a
        document does not say the same sentence twice in a row."""
        pile: list[str] = []

        def draw() -> str:
            if not pile:
                pile.extend(self.rng.sample(templates, len(templates)))
            return self.fill(pile.pop())
        return draw


# --- sentence templates, by genre ----------------------------------------------------------------
# A slot is {method of Filler}. Templates never put a number right after or before "may",
# "march", "mar" or "august", nor end with a number where the next sentence may open with "May":
# that would be a month next to a number, which --check rejects.

PREAMBLE = [
    "Recalling its resolution {res_hrc} and decision {decision}, and all previous resolutions on the subject,",
    "Reaffirming the obligation of all States to respect {theme}, as set out in {article} of {instrument},",
    "Recalling also General Assembly resolutions {res_ga} and {res_ga_old}, and Security Council resolution {res_sc},",
    "Taking note of the report of {body} ({symbol}) and of the concluding observations contained in {symbol},",
    "Noting with concern that at least {count} {people} remain deprived of their liberty in {place},",
    "Welcoming the cooperation of {state} with {body}, including the visit undertaken at the invitation of the Government,",
    "Deeply concerned by the findings in {symbol}, paras. {few} to {few}, and in annex {roman} to that document,",
    "Bearing in mind that {fraction} of the communications transmitted, including {comm}, have not received a reply,",
    "Mindful of the responsibility of the Council, an august body, to address situations of gross and systematic violations,",
    "Stressing that no one may be subjected to arbitrary detention, as the Working Group recalled in its opinion {wgad},",
]

OPERATIVE = [
    "Calls upon {state} to release immediately and unconditionally all {people} held solely for exercising {theme};",
    "Requests the Office of the High Commissioner to present an oral update at its {ordinal} session and a comprehensive report at its {ordinal} session, to be followed by an interactive dialogue;",
    "Decides to extend the mandate of {body} for a further period of one year, as set out in paragraph {few} of its resolution {res_hrc};",
    "Urges the authorities to ensure that any person arrested is brought before a judge within {hours} hours, in line with {article} of {instrument};",
    "Expresses grave concern at reports that {pct} of the {count} {people} held in {place} have had no access to a lawyer of their choosing;",
    "Encourages all States to contribute to the trust fund, whose requirements are estimated at {money}, as set out in {symbol}, table {few};",
    "Reaffirms that {theme} must be respected online as well as offline, and that restrictions must meet the requirements of {article} of {instrument};",
    "Invites the Secretary-General to allocate the resources indicated in the statement of programme budget implications ({symbol}), section {section};",
    "Condemns the use of surveillance software, including version {version} of commercial spyware, against {people} and their families;",
    "Decides to remain seized of the matter and to consider it at its {ordinal} session under agenda item {agenda};",
    "Takes note with appreciation of the work of the {ordinal_word} session of the working group, as reflected in {symbol}, paras. {few}-{few};",
    "Calls upon all parties to refrain from reprisals against those who cooperate with the United Nations, in accordance with resolution {res_hrc};",
]

LETTER = [
    "We, the undersigned {orgs} civil society organisations, write to urge your delegation to support a resolution at the {ordinal} session of the Human Rights Council.",
    "Since the adoption of resolution {res_hrc}, at least {count} {people} have been detained in {place} for exercising {theme}.",
    "May we respectfully recall that the Working Group on Arbitrary Detention found the detention of {few} {people} to be arbitrary in its opinion {wgad}.",
    "May we also draw your attention to communication {comm}, to which the Government has yet to respond in substance.",
    "The authorities have used {article} of the Criminal Law to prosecute {count} {people}, with sentences of up to {sentence} in prison.",
    "A {minor_age}-year-old {minor} was reportedly held incommunicado for {duration} before being allowed to see a lawyer.",
    "Protesters who sought to march peacefully to the regional administration were dispersed with tear gas, and {count} of them were detained.",
    "The march organisers, {few} in all, were later charged under {article} of the Law on Mass Events.",
    "Such reprisals mar the credibility of the Council and undermine the cooperation on which it relies.",
    "Detainees are held in facilities monitored 24/7 by cameras, with lights on around the clock.",
    "According to official figures, {pct} of those prosecuted were convicted, and {fraction} of them received custodial sentences.",
    "Women human rights defenders aged {age} and above have been barred from travel for {duration} without any judicial decision.",
    "Families of the {count} {people} held in {place} have been told that visits may resume only at the discretion of the facility.",
    "The court sat in closed session, and the defence was given {few} minutes to present its arguments.",
    "Girls as young as {minor_age} are forced to wed, in breach of {article} of {instrument}.",
    "In {place}, {count} {people} remain missing, and {fraction} of their families report being harassed by the police.",
    "We therefore ask your delegation to co-sponsor the draft resolution ({symbol}) and to vote against any hostile amendments.",
    "The law, which runs to {few} chapters and {rule} articles, allows the authorities to dissolve any organisation receiving more than {money} from abroad.",
    "In the past, the Council has responded to comparable situations by establishing an independent mechanism reporting at its {ordinal} session.",
    "At present, {orgs} organisations are listed as foreign agents and must label every publication, page by page, including p. {few} of their reports.",
    "Compliance audits cited by the brands cover only {pct} of suppliers, and {fraction} of audits were announced in advance.",
    "The helpline set up by the authorities ({phone}) was reported to be unreachable by {pct} of callers.",
    "Lawyers who took up such cases have lost their licences under rule {rule} of the Measures on the Administration of Law Firms.",
    "We recall the recommendations made during the {cycle} cycle of the universal periodic review, in particular recommendations {upr_rec} and {upr_rec}, which the Government supported.",
]

REPORT = [
    "The Committee is concerned that {pct} of pre-trial detainees have been held for more than {duration}.",
    "The State party reported {count} complaints of torture, of which only {few} led to criminal proceedings ({symbol}, para. {few}).",
    "The Working Group was informed that {count} {people} had been transferred to facilities in {place}, some {km} kilometres from their homes.",
    "The draft law was adopted at first reading {votes}, and at final reading with an amended section {section}.",
    "Under rule {rule} of the rules of procedure, the Committee may request interim measures of protection.",
    "Civil society estimated the budget of the programme at {money}, of which {pct} was spent on security installations.",
    "The report, {page}, describes the case of a {age}-year-old {person} sentenced to {sentence} of imprisonment.",
    "Follow-up information was received from the State party ({symbol}) and from {few} non-governmental organisations.",
    "The Special Rapporteur transmitted {few} communications, including {comm} and {comm}, to which {few} replies were received.",
    "As stated in section {section} of the methodology, only cases documented by at least {few} independent sources were counted.",
    "The mobile application used for registration (version {version}) collected the location data of {count} users.",
    "Recently, {count} students aged {minor_age} and older were sent to vocational training centres without their families' consent.",
    "Of the {count} cases registered, {fraction} concerned members of minority communities, and {pct} concerned women.",
    "The facility, built at a cost of {money}, holds {count} people in cells designed for {few}.",
    "At its {meeting}th meeting, the Committee adopted the list of issues ({symbol}) and decided to consider the report at its {ordinal} session.",
    "Football matches were used to screen supporters: after one game ended {score}, {count} fans were questioned.",
    "The complaint was registered as case No. {case_no}, and the hearing lasted {few} minutes.",
    "{body} referred to its general comment No. {few} ({gc}), in particular paras. {few} to {few}.",
]

FOOTNOTE = [
    "See {symbol}, {para}.", "{symbol}, {page}.", "Communication {comm}; the reply is reproduced in {symbol}.",
    "Ibid., {para}; see also resolution {res_hrc}, para. {few}.", "See general comment No. {few} ({gc}), para. {few}.",
]

UPR = [
    "{upr_rec} Ratify the Optional Protocol to {treaty_op} ({recommending});",
    "{upr_rec} Release all those detained for exercising {theme}, including {people} ({recommending});",
    "{upr_rec} Amend {article} of the Criminal Code to bring it into line with {instrument} ({recommending});",
    "{upr_rec} Extend a standing invitation to all special procedures and accept the pending visit requests ({recommending});",
    "{upr_rec} Reduce police custody to no more than {hours} hours before judicial review ({recommending});",
    "{upr_rec} Raise the minimum age of marriage to 18 for girls and boys without exception ({recommending});",
]

PRESS = [
    "{body} will hold a press briefing at {clock} in Room {room}, Palais des Nations.",
    "For media requests, call {phone} or write to {email}; the line is staffed until {clock}, Geneva time.",
    "The side event will start at {clock} and will be broadcast live; the recording will be available afterwards.",
    "Speaking to the Council, the Deputy High Commissioner said that {count} {people} had been detained in {place} in connection with the protests.",
    "The joint statement, delivered on behalf of {few} States, was supported by {orgs} organisations from {few} countries.",
    "Marching in silence, some {count} relatives of the disappeared gathered in front of the court.",
    "Observers counted {count} police officers around a gathering of {count} protesters.",
    "The resolution was adopted {votes}.",
]

# French and Spanish: the anchors are run with languages en, fr and es, and the examples include
# letters in both. "sept" (seven) and "mar" (sea) are month abbreviations in other contexts.
FRENCH = [
    "Le Conseil, rappelant sa résolution {res_hrc}, demande la libération des {count_fr} défenseurs détenus sans procès.",
    "Nous, les {orgs} organisations soussignées, exhortons votre délégation à soutenir le projet de résolution ({symbol}).",
    "Sept avocats ont été radiés en application de l'article {few} de la loi sur la profession d'avocat.",
    "Selon le rapport ({symbol}, par. {few}), {pct_fr} des personnes détenues n'ont pas eu accès à un avocat.",
]
SPANISH = [
    "El Consejo, recordando su resolución {res_hrc}, exhorta al Estado a liberar a las {count_es} personas detenidas arbitrariamente.",
    "Las {orgs} organizaciones firmantes instamos a su delegación a apoyar la renovación del mandato ({symbol}).",
    "Los pescadores detenidos en alta mar fueron trasladados a un centro de detención a {few} kilómetros de la costa.",
    "Según el informe ({symbol}, párr. {few}), el {pct_es} de las denuncias no fueron investigadas.",
]

GENRES: dict[str, list[str]] = {
    "preamble": PREAMBLE, "operative": OPERATIVE, "letter": LETTER, "report": REPORT,
    "footnote": FOOTNOTE, "upr": UPR, "press": PRESS, "french": FRENCH, "spanish": SPANISH,
}


def template_count() -> int:
    return sum(len(templates) for templates in GENRES.values())


# --- documents --------------------------------------------------------------------------------------

def paragraphs(draw: Callable[[], str], count: int, per: tuple[int, int], f: Filler) -> list[str]:
    return [" ".join(draw() for _ in range(f.n(*per))) for _ in range(count)]


def resolution(f: Filler) -> str:
    head = (f"{f.fill('{symbol}')}\n\nHuman Rights Council\n{f.fill('{ordinal}')} session\n"
            f"Agenda item {f.fill('{agenda}')}\n\nSituation of human rights in {f.fill('{state}')}\n\n"
            "The Human Rights Council,\n\n")
    preamble = [f.fill(t) for t in f.rng.sample(PREAMBLE, f.n(3, 6))]
    operative = [f"{i}. {f.fill(t)}" for i, t in enumerate(f.rng.sample(OPERATIVE, f.n(5, 10)), start=1)]
    closing = f"\n\n{f.fill('{meeting}')}th meeting\nAdopted {f.fill('{votes}')}\n"
    return head + "\n\n".join(preamble + operative) + closing


def letter(f: Filler) -> str:
    body = paragraphs(f.deck(LETTER), f.n(4, 7), (2, 4), f)
    signatories = [f"{i}. {name}" for i, name in enumerate(f.rng.sample(NGOS, f.n(4, 12)), start=1)]
    return ("To Permanent Representatives of Member and Observer States of the UN Human Rights Council\n\n"
            "Excellencies,\n\n" + "\n\n".join(body) + "\n\nYours sincerely,\n\n" + "\n".join(signatories) + "\n")


def report(f: Filler) -> str:
    first_para, first_note = f.n(5, 90), f.n(1, 40)
    paras = [f"{first_para + i}. {p}" for i, p in enumerate(paragraphs(f.deck(REPORT), f.n(3, 6), (2, 4), f))]
    draw_note = f.deck(FOOTNOTE)
    notes = [f"{i} {draw_note()}" for i in range(first_note, first_note + f.n(3, 6))]
    return (f"{f.roman()}. Information received from {f.fill('{body}')}\n\n" + "\n\n".join(paras)
            + "\n\n" + "\n".join(notes) + "\n")


def upr(f: Filler) -> str:
    draw = f.deck(UPR)
    items = [draw() for _ in range(f.n(6, 14))]
    return (f"Recommendations received by {f.fill('{state}')} (see {f.fill('{symbol}')}, section {f.fill('{section}')})\n\n"
            + "\n".join(items) + "\n")


def press(f: Filler) -> str:
    draw = f.deck(PRESS)
    return f"Geneva \u2013 {draw()}\n\n" + "\n\n".join(paragraphs(draw, f.n(2, 3), (2, 3), f)) + "\n"


def foreign(f: Filler) -> str:
    french = paragraphs(f.deck(FRENCH), 1, (2, 3), f)[0]
    spanish = paragraphs(f.deck(SPANISH), 1, (2, 3), f)[0]
    return (f"Déclaration conjointe des organisations de la société civile\n\n{french}\n\n"
            f"Carta conjunta de organizaciones de la sociedad civil\n\n{spanish}\n")


DOCUMENTS: list[tuple[Callable[[Filler], str], int]] = [
    (resolution, 3), (letter, 4), (report, 4), (upr, 2), (press, 2), (foreign, 1),
]


def generate(min_words: int = DEFAULT_WORDS, seed: int = SEED) -> tuple[str, Filler]:
    """Documents, chosen by weight, until the text holds at least `min_words` words."""
    f = Filler(random.Random(seed))
    builders = [b for b, _ in DOCUMENTS]
    weights = [w for _, w in DOCUMENTS]
    parts, words = [], 0
    while words < min_words:
        doc = f.rng.choices(builders, weights)[0](f)
        parts.append(doc)
        words += len(doc.split())
    return "\n\n".join(parts), f


# --- check ------------------------------------------------------------------------------------------

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    "|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|setiembre|septiembre|octubre|noviembre|diciembre"
)
WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    "|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
)
# Masked before the checks: the only places where a year may appear (annotation.md: years inside
# document symbols are not dates; a communication reference is a case number).
UN_SYMBOL = re.compile(r"\b(?:A|S|E|CCPR|CERD|CAT|CRC|CEDAW|CRPD|CMW|CED|HRI)(?:/[A-Za-z0-9.\-]+)+")
COMM_REF = re.compile(r"\b(?:AL|UA|OL|JAL|JUA|JOL)\s+[A-Z]{3}\s+\d{1,3}/\d{4}\b")
CHECKS: list[tuple[str, re.Pattern[str]]] = [
    ("month name followed by a number", re.compile(rf"\b(?:{MONTHS})\b\.?,?\s*(?:the\s+|de\s+)?\d", re.I)),
    ("number followed by a month name", re.compile(rf"\d(?:st|nd|rd|th|er|º)?\.?,?\s*(?:of\s+|de\s+)?(?:{MONTHS})\b", re.I)),
    ("numeric date d/m/y or d.m.y", re.compile(r"(?<![\d/.\-])\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?![\d/.\-]\d)")),
    ("CJK date (年, 月, 日)", re.compile(r"\d\s*[年月日号]")),
    ("ISO date yyyy-mm-dd", re.compile(r"(?<!\d)\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)")),
    ("4-digit number from 1800 to 2100", re.compile(r"(?<!\d)(?:18\d\d|19\d\d|20\d\d|2100)(?!\d)")),
    ("decade or abbreviated year", re.compile(r"(?<!\d)\d{0,2}\d0'?s\b|'\d\d\b")),
    ("weekday name", re.compile(rf"\b(?:{WEEKDAYS})s?\b", re.I)),
    ("deictic date word", re.compile(r"\b(?:today|tonight|tomorrow|yesterday|ago|hoy|ayer|mañana|aujourd'hui|hier|demain)\b", re.I)),
    ("relative date", re.compile(rf"\b(?:last|next|this|coming|past|previous|following|earlier|later)\s+"
                                 rf"(?:day|week|weekend|month|year|decade|century|{MONTHS}|{WEEKDAYS})s?\b", re.I)),
    ("day ordinal on its own", re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b(?!\s+[A-Za-z])|\b\d{1,2}(?:st|nd|rd|th)\s+of\b", re.I)),
]


def check(text: str) -> list[str]:
    """Every date-like pattern left once symbols and communication references are masked."""
    masked = COMM_REF.sub(lambda m: "#" * len(m.group()), text)
    masked = UN_SYMBOL.sub(lambda m: "#" * len(m.group()), masked)
    problems = []
    for label, pattern in CHECKS:
        for m in pattern.finditer(masked):
            line = text.count("\n", 0, m.start()) + 1
            context = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            problems.append(f"line {line}: {label}: {m.group()!r} in ...{context}...")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output", help="the file to write (UTF-8)")
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS,
                        help=f"write at least this many words (default {DEFAULT_WORDS:,})")
    parser.add_argument("--check", action="store_true",
                        help="after writing, scan the file for anything date-like; exit 1 if found")
    args = parser.parse_args()

    text, filler = generate(args.words)
    out = Path(args.output)
    out.write_text(text, encoding="utf-8")
    words = len(text.split())
    print(f"wrote {out}: {words:,} words, {len(text):,} characters, {template_count()} sentence templates")
    print("traps: " + ", ".join(f"{name} {n:,}" for name, n in filler.used.most_common()))
    if not args.check:
        return 0
    problems = check(out.read_text(encoding="utf-8"))
    if words < args.words:
        problems.append(f"only {words:,} words, fewer than {args.words:,}")
    for problem in problems[:50]:
        print(f"date_free_corpus.py: {problem}", file=sys.stderr)
    if problems:
        print(f"check: FAILED, {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("check: no date-like pattern found")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The demo's made-up people and the user's own agenda: who they are, what they offer and
need, how the user met them (`demo_data.py` turns them into records)."""

from __future__ import annotations

from twoway.core.marks import QT_TRANSLATE_NOOP
from twoway.core.records import Agenda, AgendaItem

AGENDA = Agenda(
    goal=QT_TRANSLATE_NOOP(
        "Demo", "Move from retail analytics into a lead role in consumer research by the autumn."
    ),
    needs=[
        AgendaItem(
            QT_TRANSLATE_NOOP("Demo", "An introduction to the research team at Fernhill Foods")
        ),
        AgendaItem(
            QT_TRANSLATE_NOOP("Demo", "An informational interview with a head of consumer research")
        ),
        AgendaItem(
            QT_TRANSLATE_NOOP("Demo", "Feedback on my pricing case study from a hiring manager")
        ),
        AgendaItem(QT_TRANSLATE_NOOP("Demo", "Leads on food and drink brands hiring researchers")),
        AgendaItem(
            QT_TRANSLATE_NOOP("Demo", "A mentor who moved from analytics into research"), done=True
        ),
    ],
    offers=[
        AgendaItem(QT_TRANSLATE_NOOP("Demo", "Pricing analysis and A/B test design")),
        AgendaItem(QT_TRANSLATE_NOOP("Demo", "Introductions to retail buyers in Lisbon")),
        AgendaItem(QT_TRANSLATE_NOOP("Demo", "Reviews of survey questionnaires")),
        AgendaItem(
            QT_TRANSLATE_NOOP("Demo", "A guest spot in my analytics newsletter (2,000 readers)")
        ),
    ],
)

# name, company, role, email, tags, met how, offers, needs, notes
PEOPLE = [
    (
        "Maya Okafor",
        "Studio Lumen",
        QT_TRANSLATE_NOOP("Demo", "Founder and design lead"),
        "maya@studiolumen.example",
        [QT_TRANSLATE_NOOP("Demo", "design"), QT_TRANSLATE_NOOP("Demo", "lisbon")],
        QT_TRANSLATE_NOOP("Demo", "Pricing meetup in March"),
        QT_TRANSLATE_NOOP("Demo", "Packaging design; knows many retail buyers in Portugal"),
        QT_TRANSLATE_NOOP(
            "Demo", "Pricing research for the studio's new product line; a survey partner"
        ),
        QT_TRANSLATE_NOOP(
            "Demo", "Launching a Lisbon studio this spring. Prefers calls before 10:00."
        ),
    ),
    (
        "Inês Duarte",
        "Fernhill Foods",
        QT_TRANSLATE_NOOP("Demo", "Head of consumer research"),
        "ines.duarte@fernhill.example",
        [
            QT_TRANSLATE_NOOP("Demo", "research"),
            QT_TRANSLATE_NOOP("Demo", "hiring"),
            QT_TRANSLATE_NOOP("Demo", "food"),
        ],
        QT_TRANSLATE_NOOP("Demo", "Introduced by Lena Fischer"),
        QT_TRANSLATE_NOOP(
            "Demo", "Introductions to researchers in food brands; advice on hiring into research"
        ),
        QT_TRANSLATE_NOOP("Demo", "Help with A/B test design for the packaging team"),
        QT_TRANSLATE_NOOP(
            "Demo", "Writes a monthly note on shopper panels. Ask about the autumn hiring round."
        ),
    ),
    (
        "Tom Berg",
        "Brightline Retail",
        QT_TRANSLATE_NOOP("Demo", "Analytics manager"),
        "tom.berg@brightline.example",
        [QT_TRANSLATE_NOOP("Demo", "analytics"), QT_TRANSLATE_NOOP("Demo", "hiring")],
        QT_TRANSLATE_NOOP("Demo", "Former colleague"),
        QT_TRANSLATE_NOOP("Demo", "Honest feedback on analytics portfolios"),
        QT_TRANSLATE_NOOP("Demo", "Looking to hire two data analysts this spring"),
        "",
    ),
    (
        "Ana Lima",
        "",
        QT_TRANSLATE_NOOP("Demo", "Freelance UX researcher"),
        "ana@analima.example",
        [QT_TRANSLATE_NOOP("Demo", "research"), QT_TRANSLATE_NOOP("Demo", "freelance")],
        QT_TRANSLATE_NOOP("Demo", "Research Ops community call"),
        QT_TRANSLATE_NOOP("Demo", "Survey design and usability studies"),
        QT_TRANSLATE_NOOP("Demo", "Leads on retail clients; an audience for her newsletter"),
        QT_TRANSLATE_NOOP("Demo", "Open to co-writing a piece on pricing surveys."),
    ),
    (
        "Jonas Keller",
        "Oakmoor Market",
        QT_TRANSLATE_NOOP("Demo", "Category buyer, fresh food"),
        "j.keller@oakmoor.example",
        [QT_TRANSLATE_NOOP("Demo", "retail"), QT_TRANSLATE_NOOP("Demo", "buyer")],
        QT_TRANSLATE_NOOP("Demo", "Trade fair in Porto"),
        QT_TRANSLATE_NOOP("Demo", "A view from the buying side; introductions to suppliers"),
        QT_TRANSLATE_NOOP("Demo", "Better promotion analysis"),
        "",
    ),
    (
        "Priya Raman",
        "Kestrel Insights",
        QT_TRANSLATE_NOOP("Demo", "VP Insights"),
        "priya.raman@kestrel.example",
        [QT_TRANSLATE_NOOP("Demo", "research"), QT_TRANSLATE_NOOP("Demo", "leadership")],
        QT_TRANSLATE_NOOP("Demo", "Spoke at the Insights Summit"),
        QT_TRANSLATE_NOOP(
            "Demo", "Career advice for researchers; a large network in consumer goods"
        ),
        QT_TRANSLATE_NOOP("Demo", "Senior analysts who can explain pricing to executives"),
        QT_TRANSLATE_NOOP("Demo", "Asked to keep it to 20 minutes. Send questions in advance."),
    ),
    (
        "Lena Fischer",
        "Pricing Circle",
        QT_TRANSLATE_NOOP("Demo", "Meetup organiser"),
        "lena@pricingcircle.example",
        [QT_TRANSLATE_NOOP("Demo", "community"), QT_TRANSLATE_NOOP("Demo", "pricing")],
        QT_TRANSLATE_NOOP("Demo", "Pricing meetup in March"),
        QT_TRANSLATE_NOOP(
            "Demo", "Speaking slots at the meetup; introductions across the pricing community"
        ),
        QT_TRANSLATE_NOOP("Demo", "Speakers for the autumn season"),
        "",
    ),
    (
        "Samuel Osei",
        "Talent Bridge",
        QT_TRANSLATE_NOOP("Demo", "Recruiter, research and insights"),
        "samuel@talentbridge.example",
        [QT_TRANSLATE_NOOP("Demo", "recruiter"), QT_TRANSLATE_NOOP("Demo", "hiring")],
        QT_TRANSLATE_NOOP("Demo", "Reached out on LinkedIn"),
        QT_TRANSLATE_NOOP("Demo", "Leads on research roles at food and drink brands"),
        QT_TRANSLATE_NOOP("Demo", "Candidates with both analytics and research experience"),
        "",
    ),
    (
        "Chloé Martin",
        "Harbor & Vine",
        QT_TRANSLATE_NOOP("Demo", "Product manager"),
        "chloe.martin@harborvine.example",
        [QT_TRANSLATE_NOOP("Demo", "product"), QT_TRANSLATE_NOOP("Demo", "wine")],
        QT_TRANSLATE_NOOP("Demo", "Friend of Maya"),
        QT_TRANSLATE_NOOP("Demo", "A product view on subscription pricing"),
        QT_TRANSLATE_NOOP("Demo", "Someone to check her survey before it goes out"),
        "",
    ),
    (
        "Daniel Kim",
        "Shelfwise",
        QT_TRANSLATE_NOOP("Demo", "Founder"),
        "daniel@shelfwise.example",
        [QT_TRANSLATE_NOOP("Demo", "startup"), QT_TRANSLATE_NOOP("Demo", "retail")],
        QT_TRANSLATE_NOOP("Demo", "Demo day"),
        QT_TRANSLATE_NOOP("Demo", "Shelf data from 300 stores"),
        QT_TRANSLATE_NOOP("Demo", "Pilot customers among retail buyers"),
        "",
    ),
    (
        "Marta Nowak",
        "",
        QT_TRANSLATE_NOOP("Demo", "Data journalist"),
        "marta.nowak@newsdesk.example",
        [QT_TRANSLATE_NOOP("Demo", "media"), QT_TRANSLATE_NOOP("Demo", "writing")],
        QT_TRANSLATE_NOOP("Demo", "Commented on my newsletter"),
        QT_TRANSLATE_NOOP("Demo", "Advice on writing for a wide audience"),
        QT_TRANSLATE_NOOP("Demo", "Stories about what shoppers pay"),
        "",
    ),
    (
        "Rui Costa",
        "Lisbon Retail Association",
        QT_TRANSLATE_NOOP("Demo", "Programme lead"),
        "rui.costa@lra.example",
        [
            QT_TRANSLATE_NOOP("Demo", "retail"),
            QT_TRANSLATE_NOOP("Demo", "lisbon"),
            QT_TRANSLATE_NOOP("Demo", "community"),
        ],
        QT_TRANSLATE_NOOP("Demo", "Maya's launch party"),
        QT_TRANSLATE_NOOP("Demo", "A room of 40 retail owners every month"),
        QT_TRANSLATE_NOOP("Demo", "Speakers on pricing for small shops"),
        "",
    ),
]

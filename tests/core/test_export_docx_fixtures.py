"""Sample drafts in the six ITU languages for the Word-export tests (no tests in here).

Each draft has headings (two levels), paragraphs, a Markdown list, a pipe table with a
caption, a footnote, citations (single, grouped, with locators, a language-suffixed key),
two numbered items of the kind's item type, an annex with a heading inside it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from cwgi_desktop.core.exporters.base import ExportContext
from cwgi_desktop.core.exporters.docx_itu import DocxOptions
from cwgi_desktop.core.models import Annotation, Block, Contribution, Draft

LANGS = ("en", "fr", "es", "ar", "zh", "ru")
KINDS = ("analytical_summary", "key_findings", "guidelines", "council_contribution", "compilation")
ITEM_KIND = {
    "analytical_summary": "finding",
    "key_findings": "finding",
    "guidelines": "guideline",
    "council_contribution": "recommendation",
    "compilation": "finding",
}
FIXED_TIME = dt.datetime(2026, 5, 12, 9, 30, tzinfo=dt.timezone.utc)
SYMBOL = "C26/52"
SUFFIX = {"en": "E", "fr": "F", "es": "S", "ar": "A", "zh": "C", "ru": "R"}

TEXTS: dict[str, dict[str, object]] = {
    "en": {
        "title": "Key findings of the open consultation on expanding Internet connectivity",
        "purpose": "This document presents the key findings of the open consultation held by "
        "the CWG-Internet [@CWG-Internet-22/4].",
        "action": "The Council is invited to **note** this report and to consider the "
        "guidelines in Annex 1.",
        "references": "Council Resolution 1305\nDocument C26/77",
        "meeting": "Council 2026",
        "detail": "Geneva, 28 April – 8 May 2026",
        "intro": "Introduction",
        "discussion": "Discussion",
        "sub": "Affordability",
        "proposal": "Proposal",
        "para1": "The consultation received 42 contributions from Member States, Sector "
        "Members and civil society [@C26/77, para 4; @CWG-Internet-22/4].[^1]",
        "list": [
            "affordable access to devices [@C26/61]",
            "local content and *multilingual* services",
        ],
        "table": (
            ["Stakeholder group", "Contributions"],
            [["Member States", "12"], ["Civil society", "20"]],
        ),
        "caption": "Responses by stakeholder group",
        "footnote": "The list of contributions is available on the CWG-Internet website.",
        "item1": "Affordability of devices and services remains the main barrier to "
        "connectivity [@C26/77-E, paras 3-5].",
        "item2": "Internet exchange points reduce costs and latency [@C26/61].",
        "proposal_text": "It is proposed that the Council **note** the findings.",
        "annex_title": "Summary of contributions",
        "annex_text": "Each contribution is summarized below.",
    },
    "fr": {
        "title": "Principales constatations de la consultation ouverte sur l'extension de la "
        "connectivité Internet",
        "purpose": "Le présent document présente les principales constatations de la "
        "consultation ouverte organisée par le GTC-Internet [@CWG-Internet-22/4].",
        "action": "Le Conseil est invité à **prendre note** du présent rapport et à examiner "
        "les lignes directrices figurant dans l'Annexe 1.",
        "references": "Résolution 1305 du Conseil\nDocument C26/77",
        "meeting": "Conseil 2026",
        "detail": "Genève, 28 avril – 8 mai 2026",
        "intro": "Introduction",
        "discussion": "Examen",
        "sub": "Accessibilité économique",
        "proposal": "Proposition",
        "para1": "La consultation a reçu 42 contributions d'États Membres, de Membres de "
        "Secteur et de la société civile [@C26/77, para 4; @CWG-Internet-22/4].[^1]",
        "list": [
            "accès abordable aux appareils [@C26/61]",
            "contenus locaux et services *multilingues*",
        ],
        "table": (
            ["Groupe de parties prenantes", "Contributions"],
            [["États Membres", "12"], ["Société civile", "20"]],
        ),
        "caption": "Réponses par groupe de parties prenantes",
        "footnote": "La liste des contributions est disponible sur le site web du GTC-Internet.",
        "item1": "Le coût des appareils et des services reste le principal obstacle à la "
        "connectivité [@C26/77-E, paras 3-5].",
        "item2": "Les points d'échange Internet réduisent les coûts et la latence [@C26/61].",
        "proposal_text": "Il est proposé que le Conseil **prenne note** des constatations.",
        "annex_title": "Résumé des contributions",
        "annex_text": "Chaque contribution est résumée ci-dessous.",
    },
    "es": {
        "title": "Principales conclusiones de la consulta abierta sobre la ampliación de la "
        "conectividad a Internet",
        "purpose": "En el presente documento se exponen las principales conclusiones de la "
        "consulta abierta del GTC-Internet [@CWG-Internet-22/4].",
        "action": "Se invita al Consejo a **tomar nota** del presente informe y a examinar las "
        "directrices del Anexo 1.",
        "references": "Resolución 1305 del Consejo\nDocumento C26/77",
        "meeting": "Consejo 2026",
        "detail": "Ginebra, 28 de abril – 8 de mayo de 2026",
        "intro": "Introducción",
        "discussion": "Debate",
        "sub": "Asequibilidad",
        "proposal": "Propuesta",
        "para1": "La consulta recibió 42 contribuciones de Estados Miembros, Miembros de "
        "Sector y la sociedad civil [@C26/77, para 4; @CWG-Internet-22/4].[^1]",
        "list": [
            "acceso asequible a los dispositivos [@C26/61]",
            "contenidos locales y servicios *multilingües*",
        ],
        "table": (
            ["Grupo de partes interesadas", "Contribuciones"],
            [["Estados Miembros", "12"], ["Sociedad civil", "20"]],
        ),
        "caption": "Respuestas por grupo de partes interesadas",
        "footnote": "La lista de contribuciones está disponible en el sitio web del GTC-Internet.",
        "item1": "La asequibilidad de los dispositivos y servicios sigue siendo el principal "
        "obstáculo a la conectividad [@C26/77-E, paras 3-5].",
        "item2": "Los puntos de intercambio Internet reducen los costes y la latencia [@C26/61].",
        "proposal_text": "Se propone que el Consejo **tome nota** de las conclusiones.",
        "annex_title": "Resumen de las contribuciones",
        "annex_text": "A continuación se resume cada contribución.",
    },
    "ar": {
        "title": "النتائج الرئيسية للمشاورة المفتوحة بشأن توسيع نطاق التوصيل بالإنترنت",
        "purpose": "تعرض هذه الوثيقة النتائج الرئيسية للمشاورة المفتوحة التي أجراها فريق "
        "العمل التابع للمجلس المعني بالإنترنت [@CWG-Internet-22/4].",
        "action": "المجلس مدعو إلى **الإحاطة علماً** بهذا التقرير والنظر في المبادئ التوجيهية "
        "الواردة في الملحق 1.",
        "references": "قرار المجلس 1305\nالوثيقة C26/77",
        "meeting": "المجلس 2026",
        "detail": "جنيف، 28 أبريل – 8 مايو 2026",
        "intro": "مقدمة",
        "discussion": "مناقشة",
        "sub": "القدرة على تحمل التكاليف",
        "proposal": "اقتراح",
        "para1": "تلقت المشاورة 42 مساهمة من الدول الأعضاء وأعضاء القطاعات والمجتمع المدني "
        "[@C26/77, para 4; @CWG-Internet-22/4].[^1]",
        "list": [
            "النفاذ الميسور التكلفة إلى الأجهزة [@C26/61]",
            "المحتوى المحلي والخدمات *المتعددة اللغات*",
        ],
        "table": (
            ["فئة أصحاب المصلحة", "المساهمات"],
            [["الدول الأعضاء", "12"], ["المجتمع المدني", "20"]],
        ),
        "caption": "الردود حسب فئة أصحاب المصلحة",
        "footnote": "قائمة المساهمات متاحة على الموقع الإلكتروني لفريق العمل.",
        "item1": "لا تزال القدرة على تحمل تكلفة الأجهزة والخدمات العائق الرئيسي أمام "
        "التوصيل [@C26/77-E, paras 3-5].",
        "item2": "تخفض نقاط تبادل الإنترنت التكاليف وزمن الانتظار [@C26/61].",
        "proposal_text": "يُقترح أن يحيط المجلس **علماً** بالنتائج.",
        "annex_title": "ملخص المساهمات",
        "annex_text": "يرد أدناه ملخص لكل مساهمة.",
    },
    "zh": {
        "title": "关于扩大互联网连通性的公开磋商的主要结论",
        "purpose": "本文件介绍了CWG-Internet组织的公开磋商的主要结论[@CWG-Internet-22/4]。",
        "action": "请理事会**注意**本报告，并审议附件1中的指导原则。",
        "references": "理事会第1305号决议\n文件C26/77",
        "meeting": "2026年理事会",
        "detail": "2026年4月28日至5月8日，日内瓦",
        "intro": "引言",
        "discussion": "讨论",
        "sub": "可负担性",
        "proposal": "提案",
        "para1": "本次磋商共收到成员国、部门成员和民间社会提交的42份文稿"
        "[@C26/77, para 4; @CWG-Internet-22/4]。[^1]",
        "list": ["以可负担的价格获得设备[@C26/61]", "本地内容和*多语文*服务"],
        "table": (["利益攸关方群体", "文稿数量"], [["成员国", "12"], ["民间社会", "20"]]),
        "caption": "按利益攸关方群体分列的答复",
        "footnote": "文稿清单可在CWG-Internet网站上查阅。",
        "item1": "设备和服务的可负担性仍是实现连通的主要障碍[@C26/77-E, paras 3-5]。",
        "item2": "互联网交换点可降低成本和时延[@C26/61]。",
        "proposal_text": "建议理事会**注意**上述结论。",
        "annex_title": "文稿摘要",
        "annex_text": "下文概述了每份文稿。",
    },
    "ru": {
        "title": "Основные выводы открытой консультации по расширению возможностей "
        "подключения к интернету",
        "purpose": "В настоящем документе представлены основные выводы открытой консультации, "
        "проведенной РГС-Интернет [@CWG-Internet-22/4].",
        "action": "Совету предлагается **принять к сведению** настоящий отчет и рассмотреть "
        "руководящие принципы, содержащиеся в Приложении 1.",
        "references": "Резолюция 1305 Совета\nДокумент C26/77",
        "meeting": "Совет 2026 года",
        "detail": "Женева, 28 апреля – 8 мая 2026 года",
        "intro": "Введение",
        "discussion": "Обсуждение",
        "sub": "Приемлемость в ценовом отношении",
        "proposal": "Предложение",
        "para1": "В ходе консультации было получено 42 вклада от Государств-Членов, Членов "
        "Секторов и гражданского общества [@C26/77, para 4; @CWG-Internet-22/4].[^1]",
        "list": [
            "приемлемый в ценовом отношении доступ к устройствам [@C26/61]",
            "местный контент и *многоязычные* услуги",
        ],
        "table": (
            ["Группа заинтересованных сторон", "Вклады"],
            [["Государства-Члены", "12"], ["Гражданское общество", "20"]],
        ),
        "caption": "Ответы по группам заинтересованных сторон",
        "footnote": "Список вкладов размещен на веб-сайте РГС-Интернет.",
        "item1": "Приемлемость в ценовом отношении устройств и услуг остается главным "
        "препятствием для подключения [@C26/77-E, paras 3-5].",
        "item2": "Пункты обмена интернет-трафиком снижают затраты и задержку [@C26/61].",
        "proposal_text": "Предлагается, чтобы Совет **принял к сведению** выводы.",
        "annex_title": "Резюме вкладов",
        "annex_text": "Ниже приводится резюме каждого вклада.",
    },
}

# What the export must print, per language (written out here, not computed from labels).
EXPECTED: dict[str, dict[str, str]] = {
    "en": {
        "date": "12 May 2026",
        "document": "Document C26/52-E",
        "original": "Original: English",
        "agenda": "Agenda item: PL 1.9",
        "purpose": "Purpose",
        "action": "Action required by the Council",
        "references": "References",
        "annex": "Annex 1",
        "revision": "Revision 1 to",
        "source": "Report by the Chair of the CWG-Internet",
        "cite_group": "(Documents C26/77, para 4; CWG-Internet-22/4)",
        "cite_one": "(Document C26/61)",
        "cite_range": "(Document C26/77, paras 3-5)",
    },
    "fr": {
        "date": "12 mai 2026",
        "document": "Document C26/52-F",
        "original": "Original: anglais",
        "agenda": "Point de l'ordre du jour: PL 1.9",
        "purpose": "Objet",
        "action": "Suite à donner par le Conseil",
        "references": "Références",
        "annex": "Annexe 1",
        "revision": "Révision 1 du",
        "source": "Rapport du Président du GTC-Internet",
        "cite_group": "(Documents C26/77, § 4; CWG-Internet-22/4)",
        "cite_one": "(Document C26/61)",
        "cite_range": "(Document C26/77, §§ 3-5)",
    },
    "es": {
        "date": "12 de mayo de 2026",
        "document": "Documento C26/52-S",
        "original": "Original: inglés",
        "agenda": "Punto del orden del día: PL 1.9",
        "purpose": "Objeto",
        "action": "Decisión solicitada al Consejo",
        "references": "Referencias",
        "annex": "Anexo 1",
        "revision": "Revisión 1 al",
        "source": "Informe del Presidente del GTC-Internet",
        "cite_group": "(Documentos C26/77, párr. 4; CWG-Internet-22/4)",
        "cite_one": "(Documento C26/61)",
        "cite_range": "(Documento C26/77, párrs. 3-5)",
    },
    "ar": {
        "date": "12 مايو 2026",
        "document": "الوثيقة C26/52-A",
        "original": "الأصل: بالإنكليزية",
        "agenda": "بند جدول الأعمال: PL 1.9",
        "purpose": "الغرض",
        "action": "الإجراء المطلوب من المجلس",
        "references": "المراجع",
        "annex": "الملحق 1",
        "revision": "المراجعة 1 للوثيقة",
        "source": "تقرير رئيس فريق العمل التابع للمجلس المعني بالإنترنت",
        "cite_group": "(الوثائق C26/77، الفقرة 4؛ CWG-Internet-22/4)",
        "cite_one": "(الوثيقة C26/61)",
        "cite_range": "(الوثيقة C26/77، الفقرات 3-5)",
    },
    "zh": {
        "date": "2026年5月12日",
        "document": "文件 C26/52-C",
        "original": "原文：英文",
        "agenda": "议项：PL 1.9",
        "purpose": "目的",
        "action": "需要理事会采取的行动",
        "references": "参考文件",
        "annex": "附件1",
        "revision": "第1次修订",
        "source": "CWG-Internet主席的报告",
        "cite_group": "（文件C26/77，第4段；CWG-Internet-22/4）",
        "cite_one": "（文件C26/61）",
        "cite_range": "（文件C26/77，第3-5段）",
    },
    "ru": {
        "date": "12 мая 2026 года",
        "document": "Документ C26/52-R",
        "original": "Оригинал: английский",
        "agenda": "Пункт повестки дня: PL 1.9",
        "purpose": "Цель",
        "action": "Решение, которое предлагается принять Совету",
        "references": "Справочные материалы",
        "annex": "Приложение 1",
        "revision": "Пересмотр 1 к",
        "source": "Отчет Председателя РГС-Интернет",
        "cite_group": "(Документы C26/77, п. 4; CWG-Internet-22/4)",
        "cite_one": "(Документ C26/61)",
        "cite_range": "(Документ C26/77, пп. 3-5)",
    },
}


def block_id(language: str, kind: str, index: int) -> str:
    """A stable UUID per (language, kind, block index)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cwgi-test/{language}/{kind}/{index}"))


def make_draft(language: str, kind: str = "key_findings") -> tuple[Draft, list[Block]]:
    """A full sample draft of `kind` written in `language` (original language English)."""
    t = TEXTS[language]
    draft = Draft(
        id=f"draft-{language}-{kind}",
        kind=kind,
        title=str(t["title"]),
        language="en",
        symbol=SYMBOL,
        source="report_by_chair",
        purpose=str(t["purpose"]),
        action=str(t["action"]),
        references=str(t["references"]),
        meeting=str(t["meeting"]),
        meeting_detail=str(t["detail"]),
        agenda_item="PL 1.9",
        date="2026-05-12",
        revision=1,
    )
    header, rows = t["table"]  # type: ignore[misc]
    table = "\n".join(
        ["| " + " | ".join(header) + " |", "|---|--:|"]
        + ["| " + " | ".join(row) + " |" for row in rows]
    )
    items = "\n".join(f"- {item}" for item in t["list"])  # type: ignore[union-attr]
    item_kind = ITEM_KIND[kind]
    specs = [
        ("heading", t["intro"], 1),
        ("paragraph", f"{t['para1']}\n\n{items}\n\n[^1]: {t['footnote']}", 1),
        ("heading", t["discussion"], 1),
        ("heading", t["sub"], 2),
        ("paragraph", f"{table}\n\nTable: {t['caption']}", 1),
        (item_kind, t["item1"], 1),
        (item_kind, t["item2"], 1),
        ("heading", t["proposal"], 1),
        ("paragraph", t["proposal_text"], 1),
        ("annex", f"{t['annex_title']}\n\n{t['annex_text']}", 1),
        ("heading", t["intro"], 1),
        ("paragraph", t["annex_text"], 1),
    ]
    blocks = [
        Block(
            id=block_id(language, kind, i),
            draft_id=draft.id,
            kind=k,
            text=str(text),
            level=level,
            position=i * 10,
        )
        for i, (k, text, level) in enumerate(specs)
    ]
    return draft, blocks


def make_context() -> ExportContext:
    """Contributions and passages the sample drafts cite, plus two annotations."""
    contributions = {
        "C26/77": Contribution(
            id="c-77",
            symbol="C26/77-E",
            base_symbol="C26/77",
            language="en",
            title="Expanding connectivity",
            source="Federative Republic of Brazil",
        ),
        "C26/61": Contribution(
            id="c-61",
            symbol="C26/61-F",
            base_symbol="C26/61",
            language="fr",
            title="Points d'échange Internet",
            source="Republic of Kenya",
        ),
        "CWG-Internet-22/4": Contribution(
            id="c-22-4",
            symbol="CWG-Internet-22/4-E",
            base_symbol="CWG-Internet-22/4",
            language="en",
            title="Open consultation report",
            source="Chair of the CWG-Internet",
        ),
    }
    passages = {
        ("C26/77", 3): "Device costs exceed a month of income in many countries.",
        ("C26/77", 4): "Forty-two contributions were received.",
        ("C26/77", 5): "Spectrum fees are passed on to users.",
    }
    annotations = [
        Annotation(
            id="a1",
            contribution_id="c-77",
            author="Ana Delegate",
            paragraph=4,
            start=0,
            end=5,
            quote="Forty",
            kind="note",
            note="Check the count.",
        ),
        Annotation(
            id="a2",
            contribution_id="c-61",
            author="Bo Rapporteur",
            paragraph=2,
            start=0,
            end=4,
            quote="IXPs",
        ),
    ]
    return ExportContext(contributions=contributions, passages=passages, annotations=annotations)


def make_options(language: str, **changes: object) -> DocxOptions:
    """Options for the sample exports: fixed timestamp, Sources annex on."""
    options = DocxOptions(language=language, include_sources_annex=True, timestamp=FIXED_TIME)
    for name, value in changes.items():
        setattr(options, name, value)
    return options


# -- reading generated documents back ---------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W_NS}


def w(name: str) -> str:
    """Clark name of a WordprocessingML element or attribute."""
    return f"{{{W_NS}}}{name}"


def read_part(path: object, name: str) -> bytes:
    """The bytes of part `name` (e.g. `word/document.xml`) of a .docx."""
    import zipfile

    with zipfile.ZipFile(str(path)) as archive:
        return archive.read(name)


def part_names(path: object) -> list[str]:
    """The names of all parts of a .docx."""
    import zipfile

    with zipfile.ZipFile(str(path)) as archive:
        return archive.namelist()


def xml(path: object, name: str) -> object:
    """Part `name` parsed with lxml."""
    from lxml import etree

    return etree.fromstring(read_part(path, name))


def paragraph_text(p: object) -> str:
    """The text of a `w:p` element with tabs as \\t (field codes excluded)."""
    out: list[str] = []
    for node in p.iter(w("t"), w("tab"), w("br")):  # type: ignore[attr-defined]
        if node.tag == w("t"):
            out.append(node.text or "")
        elif node.tag == w("tab"):
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


def body_paragraphs(path: object, style: str | None = None) -> list[object]:
    """The `w:p` of the body, table cells included, optionally only those of `style`."""
    root = xml(path, "word/document.xml")
    found = []
    for p in root.iter(w("p")):  # type: ignore[attr-defined]
        ps = p.find(f"{w('pPr')}/{w('pStyle')}")
        name = ps.get(w("val")) if ps is not None else "Normal"
        if style is None or name == style:
            found.append(p)
    return found


def styled_texts(path: object, style: str) -> list[str]:
    """The texts of the body paragraphs in `style`."""
    return [paragraph_text(p) for p in body_paragraphs(path, style)]

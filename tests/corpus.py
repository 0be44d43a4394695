"""A small self-written German corpus (synthetic, written for these tests) in the shapes
researchers have: a table of articles and saved web pages with boilerplate."""

from __future__ import annotations

import csv
from pathlib import Path

ARTICLES = [
    ("a1", "2024-01-15", "Beispielzeitung", "https://www.beispielzeitung.de/politik/a1",
     "JERUSALEM (dpa) - Ministerpräsident Benjamin Netanjahu hat eine Waffenruhe erneut "
     "abgelehnt. „Wir werden weiterkämpfen, bis alle Ziele erreicht sind“, sagte Netanjahu am "
     "Montag in Jerusalem.\n\nEin Sprecher der Hamas erklärte, die Organisation sei zu einer "
     "Feuerpause bereit, wenn Israel seine Truppen abziehe."),
    ("a2", "2024-01-28", "Beispielzeitung", "https://www.beispielzeitung.de/politik/a2",
     "KAIRO (dpa) - Die Vermittler in Kairo setzen ihre Gespräche fort. Hamas-Sprecher Osama "
     "Hamdan sagte, man wolle ein Abkommen, das den Krieg dauerhaft beende.\n\n„Eine Waffenruhe "
     "kommt für uns nicht in Frage“, sagte der israelische Verteidigungsminister Joav Gallant."),
    ("a3", "2024-02-10", "Nordkurier Test", "https://nordkurier-test.example/a3",
     "TEL AVIV (AFP) - Netanjahu sagte am Samstag, Israel werde die Offensive in Rafah "
     "fortsetzen.\n\n„Wir sind bereit, über eine Feuerpause zu verhandeln“, sagte Hamas-Sprecher "
     "Osama Hamdan in Beirut."),
    ("a4", "2024-03-05", "Nordkurier Test", "https://nordkurier-test.example/a4",
     "DOHA (Reuters) - Die Hamas erklärte, sie habe den Vorschlag für eine Waffenruhe "
     "angenommen.\n\n„Das ist ein Trick der Hamas“, sagte Netanjahu in einer Videobotschaft. "
     "Israel werde sich nicht unter Druck setzen lassen, fügte er hinzu."),
    ("a5", "", "Beispielzeitung", "https://www.beispielzeitung.de/politik/a5",
     "Ein Sprecher der israelischen Armee sagte, die Angriffe im Süden des Gazastreifens würden "
     "weitergehen."),
]

BOILERPLATE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>{title} | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung">
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:30:00+01:00">
</head><body>
<header><nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a>
<a href="/abo">Jetzt abonnieren</a></nav></header>
<div class="cookie">Wir verwenden Cookies. Mit der Nutzung der Seite stimmen Sie zu.</div>
<main><article><h1>{title}</h1>
{paragraphs}
</article></main>
<aside><h2>Meistgelesen</h2><ul><li><a href="/x">Wetter: Sonne am Wochenende</a></li>
<li><a href="/y">Fußball: Heimsieg für den Verein</a></li></ul></aside>
<footer>Impressum · Datenschutz · © Beispielzeitung Verlag</footer>
</body></html>
"""


def write_csv(path: Path, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    with path.open("w", newline="", encoding=encoding) as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        writer.writerow(["id", "date", "outlet", "url", "text"])
        for row in ARTICLES:
            writer.writerow(row[:4] + (row[4],))
    return path


def html_page(title: str, date: str, text: str) -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return BOILERPLATE.format(title=title, date=date, paragraphs=paragraphs)


def write_pages(folder: Path) -> Path:
    """The dated articles as saved web pages, two of them in subfolders under one file name."""
    for i, (ident, date, _, _, text) in enumerate(a for a in ARTICLES if a[1]):
        sub = folder / ("januar" if date.startswith("2024-01") else "spaeter")
        sub.mkdir(parents=True, exist_ok=True)
        name = f"artikel{i % 2}.html"
        (sub / name).write_text(html_page(f"Bericht {ident}", date, text), encoding="utf-8")
    return folder

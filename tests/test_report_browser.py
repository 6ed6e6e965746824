"""The report in a real browser: Debian's chromium, headless, driven by Playwright.

Skips (with the reason) only where chromium or Playwright is missing, and never in CI, where
`make test` installs chromium. The screenshot is kept in .artifacts/ (not committed).
"""

import os
import shutil
from pathlib import Path

import pytest
from builders import article, entity, quantity

from factx.articles import ArticleIds, read_article
from factx.render.report import report

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / ".artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
EVIL = (
    "Evil article\n\nEvil <script>window.pwned = 1</script> wrote TikTok, "
    '<img src=x onerror="window.pwned = 2"> and <a href="https://example.com/">a link</a>. '
    "TikTok has 170 million US users.\n"
)


def _chromium() -> str:
    """The browser's path; a skip where it cannot be had, a failure in CI."""
    problem = None
    path = os.environ.get("FACTX_CHROMIUM") or shutil.which("chromium")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "Playwright is not installed (pip install -e '.[test]')"
    if path is None:
        problem = "Debian's chromium is not installed (apt-get install chromium)"
    if problem and os.environ.get("CI"):
        pytest.fail(f"{problem}: CI must have it (make test installs it)")
    if problem:
        pytest.skip(problem)
    return str(path)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory, seed_records, extractor):
    ids = ArticleIds()
    texts = {}
    for path in sorted(ROOT.glob("seeds/*.txt")):
        texts[ids(str(path))] = read_article(str(path), "x").text
    evil = article("evil", [entity(EVIL, "TikTok", "E8d7624972d", nth=(0, 1)),
                            entity(EVIL, "US", "Eda2b128800", "GPE"),
                            quantity(EVIL, "170 million", 170_000_000, "users")],
                   title="Evil article")  # fmt: skip
    records = [seed_records[i] for i in texts] + [evil]
    target = tmp_path_factory.mktemp("report") / "report.html"
    target.write_text(report(records, {**texts, "evil": EVIL}, model=extractor.model))
    return target


@pytest.fixture(scope="module")
def browser():
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, page_file):
    """The report opened from disk; every console message and request is kept."""
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.messages, page.requests = [], []
    page.on("console", lambda m: page.messages.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: page.messages.append(f"pageerror: {e}"))
    page.on("request", lambda r: page.requests.append(r.url))
    page.goto(page_file.as_uri())
    page.wait_for_selector("body[data-ready=true]")
    yield page
    page.close()


def shown_articles(page):
    return page.eval_on_selector_all("#articles details", "ds => ds.map(d => d.dataset.article)")


def test_page_loads_offline_without_console_errors(page, page_file):
    page.click("#articles details[data-article='0'] summary")
    page.wait_for_selector("#articles details[data-article='0'] .text mark")
    assert page.messages == []
    assert page.requests == [page_file.as_uri()]
    assert shown_articles(page) == ["0", "1", "2"]
    assert page.locator("#figures tr").count() > 1 and page.locator("#timeline svg a").count() > 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)


def test_figures_that_articles_disagree_on_are_highlighted(page):
    row = page.locator("#figures tr.differs")
    assert row.count() == 1  # 150 million US users in the first seed, 170 million here
    assert (
        "articles disagree" in row.inner_text() and "150,000,000 / 170,000,000" in row.inner_text()
    )


def test_the_address_can_carry_the_filter(page, page_file):
    page.goto(page_file.as_uri() + "#entity=Eeac557a1a7")
    assert "Donald Trump" in page.inner_text("#filter") and shown_articles(page) == ["1"]


def test_entity_filter(page):
    page.click("#entities button[data-entity]:text-is('Donald Trump')")
    assert "Donald Trump" in page.inner_text("#filter")
    assert shown_articles(page) == ["1"]  # he is named only in the second seed
    assert page.locator("#entities tr").count() == 2  # the header and his row
    assert page.inner_text("#said .speakers") == "none"  # no one quoted names him
    about = page.locator("#said .about details")
    assert about.count() == 1 and "Donald Trump" in about.locator("summary").inner_text()
    assert "executive order" in about.inner_text()  # the claims that name him
    page.click("#filter button")
    assert shown_articles(page) == ["0", "1", "2"] and page.is_hidden("#filter")


def test_injected_script_does_not_run_and_shows_as_text(page):
    page.click("#articles details[data-article='2'] summary")
    text = page.inner_text("#articles details[data-article='2'] .text")
    assert "<script>window.pwned = 1</script>" in text and 'onerror="window.pwned = 2"' in text
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#articles img, #articles a[href^='https']").count() == 0
    assert [m for m in page.messages if "pageerror" in m] == []
    assert page.requests == [page.url]  # the <img src=x> was never loaded


def test_a_fact_link_opens_its_article_at_the_fact(page):
    link = page.locator("#timeline .claim a").first
    fact = link.get_attribute("href").split("&f=")[1]
    link.click()
    target = page.locator(f"#articles [data-f~='{fact}']")
    assert target.get_attribute("class").endswith("flash")
    assert target.is_visible()


def test_a_long_list_of_claims_is_cut_until_asked_for(page):
    us = page.locator("#said .about details").filter(has_text="United States —")
    us.locator("summary").click()
    assert us.locator(".claim").count() == 10  # the US is named in 14 claims of the seeds
    us.locator("button:text-is('show all 14 claims')").click()
    assert us.locator(".claim").count() == 14

"""Follow-ups, feedback, complaints, attachments copied into the data folder, review material export."""

from __future__ import annotations

import hashlib

import pytest

from shopowner.followups.attachments import MAX_BYTES, AttachmentError, attachment_path
from shopowner.followups.feedback import FeedbackError, add_feedback, resolve_complaint
from shopowner.followups.log import FollowupError, add_followup, followups_for_customer
from shopowner.followups.material import anonymise, export_material, review_material
from shopowner.store.followups import attachments_of, feedback_rows
from tests.followups.conftest import NOW

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1a7d90000000049454e44ae426082")


def test_followup_with_attachments_survives_the_original_being_deleted(shop, tmp_path):
    shot = tmp_path / "聊天截图.png"
    shot.write_bytes(PNG)
    notes = tmp_path / "notes.txt"
    notes.write_text("客户说下次要买两盒", encoding="utf-8")
    fid = add_followup(shop.db, shop.data_dir, shop.zhang, kind="phone", direction="in",
                       happened_at="2024-06-10 09:00", staff="小美", summary="问冷泡怎么泡",
                       chat_text="客户：冷泡要多久？\n我：4 小时", attachments=[shot, notes], now=NOW)
    shot.unlink()
    notes.unlink()
    stored = attachments_of(shop.db, followup_id=fid)
    assert [a["original_name"] for a in stored] == ["聊天截图.png", "notes.txt"]
    first = attachment_path(shop.data_dir, stored[0]["stored_name"])
    assert first.parent == shop.data_dir / "attachments"
    assert first.read_bytes() == PNG
    assert stored[0]["stored_name"] == hashlib.sha256(PNG).hexdigest() + ".png"
    assert stored[0]["size"] == len(PNG)
    rows = followups_for_customer(shop.db, shop.zhang)
    assert [(r["kind"], r["direction"], r["happened_at"], r["staff"], r["attachment_count"])
            for r in rows] == [("phone", "in", "2024-06-10 09:00:00", "小美", 2)]


def test_the_same_screenshot_twice_gets_its_own_copy(shop, tmp_path):
    shot = tmp_path / "a.png"
    shot.write_bytes(PNG)
    one = add_followup(shop.db, shop.data_dir, shop.zhang, summary="一", attachments=[shot], now=NOW)
    two = add_followup(shop.db, shop.data_dir, shop.li, summary="二", attachments=[shot], now=NOW)
    names = {attachments_of(shop.db, followup_id=i)[0]["stored_name"] for i in (one, two)}
    assert len(names) == 2 and all((shop.data_dir / "attachments" / n).exists() for n in names)


def test_missing_or_too_big_attachment_is_refused_and_nothing_saved(shop, tmp_path, zh_translators):
    big = tmp_path / "video.mp4"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    good = tmp_path / "ok.png"
    good.write_bytes(PNG)
    with pytest.raises(AttachmentError) as err:
        add_followup(shop.db, shop.data_dir, shop.zhang, summary="x", attachments=[good, big], now=NOW)
    assert "20 MB" in str(err.value) and "video.mp4" in str(err.value)
    with pytest.raises(AttachmentError) as err:
        add_feedback(shop.db, shop.data_dir, kind="review", text="好", screenshots=[tmp_path / "gone.png"])
    assert "gone.png" in str(err.value) and "找不到" in str(err.value)
    assert shop.db.execute("SELECT count(*) FROM followups").fetchone()[0] == 0
    assert shop.db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
    assert not list((shop.data_dir / "attachments").glob("*")) if (shop.data_dir / "attachments").exists() else True


def test_followup_needs_a_summary_and_a_real_customer(shop):
    with pytest.raises(FollowupError):
        add_followup(shop.db, shop.data_dir, shop.zhang, summary="  ")
    with pytest.raises(FollowupError):
        add_followup(shop.db, shop.data_dir, 999, summary="hello")
    with pytest.raises(FollowupError):
        add_followup(shop.db, shop.data_dir, shop.zhang, summary="x", kind="fax")
    with pytest.raises(FollowupError):
        add_followup(shop.db, shop.data_dir, shop.zhang, summary="x", happened_at="昨天")
    assert shop.db.execute("SELECT count(*) FROM followups").fetchone()[0] == 0


def test_complaint_opens_and_resolves_with_time_taken(shop, zh_translators):
    fid = add_feedback(shop.db, shop.data_dir, kind="complaint", customer_id=shop.li,
                       text="快递压坏了", owner="阿杰", now=NOW)
    assert feedback_rows(shop.db, status="open")[0]["id"] == fid
    with pytest.raises(FeedbackError):
        resolve_complaint(shop.db, fid, "  ", now=NOW)
    taken = resolve_complaint(shop.db, fid, "补发一盒", now=NOW.replace(day=12, hour=12, minute=30))
    assert taken == "2 天 3 小时"
    row = feedback_rows(shop.db, kind="complaint")[0]
    assert (row["status"], row["resolution"], row["resolved_at"]) == ("resolved", "补发一盒", "2024-06-12 12:30:00")
    with pytest.raises(FeedbackError) as err:
        resolve_complaint(shop.db, fid, "again", now=NOW)
    assert "已经" in str(err.value)
    praise = add_feedback(shop.db, shop.data_dir, kind="review", text="好喝", now=NOW)
    assert feedback_rows(shop.db, kind="review")[0]["status"] is None
    with pytest.raises(FeedbackError):
        resolve_complaint(shop.db, praise, "x", now=NOW)
    with pytest.raises(FeedbackError):
        add_feedback(shop.db, shop.data_dir, kind="review", text="x", rating=6)


def test_anonymise_removes_names_and_phones():
    text = "张三说：龙井很香！电话13812345678，张*也说好，张**也是，138****5678 李四"
    out = anonymise(text, names=["张三", "李四", ""], phones=["13812345678"])
    assert "张三" not in out and "李四" not in out and "张*" not in out and "*也是" not in out
    assert "1381234" not in out and "138****" not in out and "龙井很香" in out


def test_review_material_export_is_anonymised_with_images(shop, tmp_path):
    shot = tmp_path / "好评.png"
    shot.write_bytes(PNG)
    add_feedback(shop.db, shop.data_dir, kind="review", customer_id=shop.zhang, rating=5,
                 product_text="明前龙井", text="张三：龙井太香了，手机13812345678有事找我",
                 consent=True, screenshots=[shot], now=NOW)
    add_feedback(shop.db, shop.data_dir, kind="review", customer_id=shop.li, text="李四说不能引用",
                 consent=False, now=NOW)
    add_feedback(shop.db, shop.data_dir, kind="complaint", customer_id=shop.li, text="慢", consent=True)
    assert [r["text"][:2] for r in review_material(shop.db)] == ["张三"]
    assert review_material(shop.db, "龙井")[0]["customer_id"] == shop.zhang
    assert review_material(shop.db, "红茶") == []
    out = tmp_path / "export" / "好评素材.txt"
    result = export_material(shop.db, shop.data_dir, out)
    assert (result["items"], result["images"]) == (1, 1)
    text = out.read_text(encoding="utf-8")
    assert "龙井太香了" in text and "张三" not in text and "13812345678" not in text
    assert "★★★★★" in text and "李四" not in text
    images = list((tmp_path / "export" / "好评素材_images").iterdir())
    assert len(images) == 1 and images[0].read_bytes() == PNG


def test_customer_timeline_is_the_rows_the_detail_pane_shows(shop):
    from shopowner.followups.redeem import redeem
    from shopowner.followups.timeline import customer_timeline

    redeem(shop.db, shop.code_zhang, wechat_name="晴天", account="小美", now=NOW)
    add_followup(shop.db, shop.data_dir, shop.zhang, kind="phone", direction="in", staff="阿May",
                 summary="问候", happened_at="2024-06-11 10:00", now=NOW)
    add_feedback(shop.db, shop.data_dir, kind="complaint", customer_id=shop.zhang, text="慢",
                 now=NOW.replace(day=12))
    add_followup(shop.db, shop.data_dir, shop.li, summary="别人的", now=NOW)
    rows = customer_timeline(shop.db, shop.zhang)
    assert [(r["at"], r["kind"], r["what"], r["details"]) for r in rows] == [
        ("2024-06-12 09:30", "feedback", "Feedback", "Complaint · Open · 慢"),
        ("2024-06-11 10:00", "followup", "Follow-up", "Phone call · They contacted us · 阿May · 问候"),
        ("2024-06-10 09:30", "wechat", "Added on WeChat", f"晴天 · card {shop.code_zhang} · 小美"),
        ("2024-06-09 18:00", "card", "Card printed", f"{shop.code_zhang} · code used on 2024-06-10 09:30"),
        ("2024-06-08 10:00", "order", "Order", "Taobao TB1001 · ¥168.00"),
    ]


def test_customer_timeline_speaks_the_chosen_language(shop, zh_translators):
    from shopowner.followups.timeline import customer_timeline

    add_followup(shop.db, shop.data_dir, shop.zhang, kind="meeting", summary="店里喝茶",
                 happened_at="2024-06-11 10:00", now=NOW)
    rows = customer_timeline(shop.db, shop.zhang)
    assert (rows[0]["what"], rows[0]["details"]) == ("跟进", "见面 · 我们联系客户 · 店里喝茶")
    assert (rows[-1]["what"], rows[-1]["details"]) == ("订单", "淘宝 TB1001 · ¥168.00")


def test_cli_customers_timeline_prints_the_same_rows(shop, capsys):
    import json

    from shopowner.cli import run
    from shopowner.followups.timeline import customer_timeline

    add_followup(shop.db, shop.data_dir, shop.zhang, summary="问候", happened_at="2024-06-11 10:00", now=NOW)
    base = ["--data-dir", str(shop.data_dir), "customers", "timeline"]
    assert run(base + [str(shop.zhang), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["name"] == "张三" and out["timeline"] == customer_timeline(shop.db, shop.zhang)
    assert run(base + [str(shop.zhang)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "张三" and len(lines) == 1 + len(out["timeline"])
    assert lines[1].split("  ") == ["2024-06-11 10:00", "Follow-up", "WeChat chat · We contacted them · 问候"]
    assert run(base + ["9999"]) == 1 and "9999" in capsys.readouterr().err

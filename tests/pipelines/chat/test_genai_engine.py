"""The onnxruntime-genai chat engine for real on this CPU: the CLI's JSON names where it ran, the hosted engine
streams and stops like llama.cpp's, and the choice between the two engines is measured."""

import json
import time

from app.cli.main import main
from pipelines.chat.hosted import load_hosted_engine
from pipelines.chat.loading import GENAI
from pipelines.chat.protocol import GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, ReplyPiece, stream_reply
from tests.support.helpers import catalog_model_path


def test_cli_chat_json_says_engine_provider_device_and_placement(capsys):
    """``--device`` (here before the command's name) without ``--engine``: the one engine it can place."""
    catalog_model_path("smollm2-135m-instruct-genai-cpu")
    assert main(["--device", "cpu", "chat", "How many days are in a week?", "--json", "--max-tokens", "40"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert "7" in payload["text"] and payload["engine"] == "onnxruntime-genai"
    assert payload["provider"] == "CPUExecutionProvider" and payload["device"] == "CPU"
    assert payload["placement"]["CPUExecutionProvider"] > 100 and payload["precision"] == "int4"


def test_the_hosted_genai_engine_streams_and_stops_at_once():
    engine = load_hosted_engine(GENAI, threads=2)
    try:
        assert engine.info.engine == GENAI and engine.info.provider.ep == "CPUExecutionProvider"
        pieces = 0

        def enough() -> bool:
            return pieces >= 5

        question = [Message("user", "Write a long story about a robot who learns to paint.")]
        events = []
        for event in stream_reply(engine, question, GenerationSettings(temperature=0.0, max_tokens=200), enough):
            pieces += isinstance(event, ReplyPiece)
            events.append(event)
        done = events[-1]
        assert isinstance(done, ReplyDone) and done.stop_reason == "stopped" and 5 <= done.stats.tokens <= 7
        again = [e for e in stream_reply(engine, question[:1], GenerationSettings(temperature=0.0, max_tokens=8))]
        assert isinstance(again[-1], ReplyDone) and again[-1].stats.tokens == 8  # the engine is free again
        assert again[-1].stop_reason == "length"
    finally:
        engine.close()


def test_measuring_a_crawling_engine_stops_at_the_budget(monkeypatch):
    """Auto measures each engine once before the first answer; llama.cpp crawled at 1.3 tokens/s beside a busy
    process on 2 cores, and the user's question waited 90 s. A crawling engine is now cut at the budget and scored
    by what it managed (here: the real engine, each token held back 50 ms)."""
    from pipelines.chat import loading, speed

    monkeypatch.setattr(speed, "MEASURE_BUDGET_S", 1.0)
    replies: list[ReplyDone] = []

    def crawling(*args, **kwargs):
        replies.append(None)
        for event in stream_reply(*args, **kwargs):
            if isinstance(event, ReplyDone):
                replies[-1] = event
            else:
                time.sleep(0.05)
            yield event

    monkeypatch.setattr(speed, "stream_reply", crawling)
    rate = loading._measured_speed(GENAI, threads=2)
    assert len(replies) == 1 and replies[0].stop_reason == "stopped"  # one reply, cut short
    assert 1 < replies[0].stats.tokens < speed.MEASURE_TOKENS and 0 < rate < 25

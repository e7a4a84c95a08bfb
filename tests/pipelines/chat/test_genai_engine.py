"""The onnxruntime-genai chat engine for real on this CPU: the CLI's JSON names where it ran, the hosted engine
streams and stops like llama.cpp's, and the choice between the two engines is measured."""

import json

from app.cli.main import main
from pipelines.chat.hosted import load_hosted_engine
from pipelines.chat.loading import GENAI
from pipelines.chat.protocol import GenerationSettings, Message
from pipelines.chat.reply import ReplyDone, ReplyPiece, stream_reply
from tests.support.helpers import catalog_model_path


def test_cli_chat_json_says_engine_provider_device_and_placement(capsys):
    catalog_model_path("smollm2-135m-instruct-genai-cpu")
    assert main(["chat", "How many days are in a week?", "--engine", "onnxruntime-genai", "--json",
                 "--max-tokens", "40"]) == 0
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

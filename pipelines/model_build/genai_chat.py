"""The chat model (SmolLM2-135M-Instruct, Q4_1 GGUF) as an onnxruntime-genai folder.

GGUF -> Hugging Face folder (transformers dequantizes, in the genai build environment) -> onnxruntime-genai's
builder (int4 MatMulNBits for the CPU) -> model.onnx, model.onnx.data, genai_config.json, tokenizer and chat
template. A greedy answer to a known question, through the app's own engine, must name the expected word before
the folder is put in place.
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from pipelines.errors import ModelError
from pipelines.model_build.genai_env import Progress, build_genai_folder, run_in_env

GGUF_TO_HF_SCRIPT = Path(__file__).with_name("genai_gguf_to_hf.py")
# Greedy SmolLM2-135M answers this with a 7 at fp32, int8 and int4 alike; "the capital of France" is fragile
# (fp32: "Paris.", int4: "Paris, capital of ...", int8 and llama.cpp's Q4_1: "L'Étoile, la Cité, ...").
CHECK_QUESTION = "How many days are in a week?"
CHECK_EXPECTS = "7"
CHAT_GENAI_FILES = ("genai_config.json", "model.onnx", "model.onnx.data", "tokenizer.json")


def gguf_to_hf(python: Path, hf_dir: Path, gguf: Path) -> None:
    """The GGUF model as a float32 Hugging Face folder (run in the build environment)."""
    run_in_env(python, [str(GGUF_TO_HF_SCRIPT), "--gguf", str(gguf), "--output", str(hf_dir)], "GGUF -> Hugging Face")


def check_chat_folder(folder: Path) -> dict[str, object]:
    """A greedy answer to CHECK_QUESTION from the built folder, through the app's own engine on the CPU; it must
    contain CHECK_EXPECTS."""
    from pipelines.chat.genai_engine import load_genai_chat
    from pipelines.chat.protocol import GenerationSettings, Message
    from pipelines.chat.reply import ReplyDone, stream_reply
    from pipelines.devices.variants import folder_variants

    missing = [name for name in CHAT_GENAI_FILES if not (folder / name).is_file()]
    if missing:
        raise ModelError(f"onnxruntime-genai's builder did not write {', '.join(missing)} in {folder}")
    engine = load_genai_chat(folder_variants(folder))
    try:
        settings = GenerationSettings(temperature=0.0, max_tokens=64, seed=0, fresh=True)
        replies = stream_reply(engine, [Message("user", CHECK_QUESTION)], settings)
        done = next(event for event in replies if isinstance(event, ReplyDone))
    finally:
        engine.close()
    if CHECK_EXPECTS not in done.text:
        raise ModelError(f"The genai chat model answers {CHECK_QUESTION!r} with {done.text[:120]!r}")
    return {"text": done.text, "tokens_per_s": round(done.stats.tokens_per_s, 1), "ttft_ms": round(done.stats.ttft_ms)}


def build_chat_genai(gguf: Path, output: Path, progress: Progress, precision: str = "int4",
                     provider: str = "cpu") -> dict[str, object]:
    """Make ``output`` the onnxruntime-genai folder of ``gguf``; its checksums, size and the check's figures."""
    return build_genai_folder(output, progress, precision, provider, partial(gguf_to_hf, gguf=gguf), check_chat_folder,
                              portable_tokenizer_config)


def portable_tokenizer_config(folder: Path) -> None:
    """Name the tokenizer by its family (GPT2Tokenizer, as SmolLM2's own config does) instead of transformers 5's
    'TokenizersBackend', which onnxruntime-genai before 0.18 refuses ("Unsupported tokenizer class"): the Windows
    DirectML build is 0.13, and the OpenVINO test venv's 0.12."""
    path = folder / "tokenizer_config.json"
    config = json.loads(path.read_text(encoding="utf-8"))
    if config.get("tokenizer_class") == "TokenizersBackend":
        config["tokenizer_class"] = "GPT2Tokenizer"
        path.write_text(json.dumps(config, indent=2), encoding="utf-8")

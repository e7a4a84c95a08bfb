"""Turn a faster-whisper (CTranslate2) Whisper folder back into a Hugging Face WhisperForConditionalGeneration folder.

Runs inside the throwaway genai build environment (numpy, torch, transformers), never in the app:
``python ct2_to_hf_whisper.py --ct2 FOLDER --output HF_FOLDER``. Nothing is downloaded: the weights are read
from ``model.bin`` with numpy (the format of CTranslate2's ``models/model.cc``), the tokenizer from the folder's
``tokenizer.json``, the generation settings from its ``config.json``. CTranslate2 fuses the attention projections
(self-attention q|k|v, cross-attention k|v, with a zero bias for k): they are split back apart here.
"""

from __future__ import annotations

import argparse
import json
import struct
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # only the build environment has transformers
    from transformers import GenerationConfig, WhisperConfig

CT2_DTYPES = {0: np.float32, 1: np.int8, 2: np.int16, 3: np.int32, 4: np.float16}  # ctranslate2::DataType


def read_ct2_variables(path: Path) -> dict[str, np.ndarray]:
    """Every variable of a CTranslate2 ``model.bin`` (binary version >= 4), aliases included."""
    buffer = path.read_bytes()
    position = 0

    def take(fmt: str) -> tuple:
        nonlocal position
        values = struct.unpack_from("<" + fmt, buffer, position)
        position += struct.calcsize("<" + fmt)
        return values

    def take_string() -> str:
        nonlocal position
        (length,) = take("H")
        text = buffer[position:position + length].rstrip(b"\0").decode()
        position += length
        return text

    (version,) = take("I")
    if version < 4:
        raise ValueError(f"{path}: CTranslate2 binary version {version} is older than this reader (4+)")
    take_string(), take("I")  # spec name, spec revision
    variables = {}
    for _ in range(take("I")[0]):
        name = take_string()
        (rank,) = take("B")
        shape = take(f"{rank}I")
        dtype, num_bytes = take("B")[0], take("I")[0]
        variables[name] = np.frombuffer(buffer, CT2_DTYPES[dtype], num_bytes // np.dtype(CT2_DTYPES[dtype]).itemsize,
                                        position).reshape(shape)
        position += num_bytes
    for _ in range(take("I")[0]):
        alias, target = take_string(), take_string()
        variables[alias] = variables[target]
    return variables


def _linear(hf: str, weight: np.ndarray, bias: np.ndarray | None) -> dict[str, np.ndarray]:
    return {f"{hf}.weight": weight, **({f"{hf}.bias": bias} if bias is not None else {})}


def _split_projections(hf: str, names: tuple[str, ...], weight: np.ndarray, bias: np.ndarray) -> dict[str, np.ndarray]:
    """One fused CTranslate2 projection as separate HF ones; k_proj has no bias in HF Whisper."""
    tensors = {}
    for name, part_weight, part_bias in zip(names, np.split(weight, len(names)), np.split(bias, len(names))):
        if name == "k_proj" and np.any(part_bias):
            raise ValueError(f"{hf}: k bias is not zero; not a Whisper model")
        tensors.update(_linear(f"{hf}.{name}", part_weight, None if name == "k_proj" else part_bias))
    return tensors


def hf_state_dict(ct2: dict[str, np.ndarray], encoder_layers: int, decoder_layers: int) -> dict[str, np.ndarray]:
    """The HF WhisperForConditionalGeneration state dict (float32) from CTranslate2's variables."""
    def norm(hf: str, scope: str) -> dict[str, np.ndarray]:
        return {f"{hf}.weight": ct2[f"{scope}/gamma"], f"{hf}.bias": ct2[f"{scope}/beta"]}

    def dense(hf: str, scope: str) -> dict[str, np.ndarray]:
        return _linear(hf, ct2[f"{scope}/weight"], ct2.get(f"{scope}/bias"))

    def fused(hf: str, scope: str, names: tuple[str, ...]) -> dict[str, np.ndarray]:
        return _split_projections(hf, names, ct2[f"{scope}/weight"], ct2[f"{scope}/bias"])

    state = {**dense("model.encoder.conv1", "encoder/conv1"), **dense("model.encoder.conv2", "encoder/conv2"),
             "model.encoder.embed_positions.weight": ct2["encoder/position_encodings/encodings"],
             **norm("model.encoder.layer_norm", "encoder/layer_norm"),
             "model.decoder.embed_tokens.weight": ct2["decoder/embeddings/weight"],
             "model.decoder.embed_positions.weight": ct2["decoder/position_encodings/encodings"],
             **norm("model.decoder.layer_norm", "decoder/layer_norm")}
    for side, count in (("encoder", encoder_layers), ("decoder", decoder_layers)):
        for index in range(count):
            hf, scope = f"model.{side}.layers.{index}", f"{side}/layer_{index}"
            state.update(fused(f"{hf}.self_attn", f"{scope}/self_attention/linear_0", ("q_proj", "k_proj", "v_proj")))
            state.update(dense(f"{hf}.self_attn.out_proj", f"{scope}/self_attention/linear_1"))
            state.update(norm(f"{hf}.self_attn_layer_norm", f"{scope}/self_attention/layer_norm"))
            state.update(dense(f"{hf}.fc1", f"{scope}/ffn/linear_0"))
            state.update(dense(f"{hf}.fc2", f"{scope}/ffn/linear_1"))
            state.update(norm(f"{hf}.final_layer_norm", f"{scope}/ffn/layer_norm"))
            if side == "decoder":
                state.update(dense(f"{hf}.encoder_attn.q_proj", f"{scope}/attention/linear_0"))
                state.update(fused(f"{hf}.encoder_attn", f"{scope}/attention/linear_1", ("k_proj", "v_proj")))
                state.update(dense(f"{hf}.encoder_attn.out_proj", f"{scope}/attention/linear_2"))
                state.update(norm(f"{hf}.encoder_attn_layer_norm", f"{scope}/attention/layer_norm"))
    return {name: np.asarray(value, np.float32) for name, value in state.items()}


def _layer_count(ct2: dict[str, np.ndarray], side: str) -> int:
    return sum(1 for name in ct2 if name.startswith(f"{side}/layer_") and name.endswith("/ffn/linear_0/weight"))


def whisper_config(ct2: dict[str, np.ndarray], ct2_config: dict, tokenizer) -> WhisperConfig:
    """The model's WhisperConfig, every size read from the weights, the token ids from the tokenizer."""
    from transformers import WhisperConfig

    vocab_size, d_model = ct2["decoder/embeddings/weight"].shape
    token = tokenizer.convert_tokens_to_ids
    return WhisperConfig(
        vocab_size=int(vocab_size), d_model=int(d_model), num_mel_bins=int(ct2["encoder/conv1/weight"].shape[1]),
        encoder_layers=_layer_count(ct2, "encoder"), decoder_layers=_layer_count(ct2, "decoder"),
        encoder_attention_heads=int(ct2["encoder/num_heads"]), decoder_attention_heads=int(ct2["decoder/num_heads"]),
        encoder_ffn_dim=int(ct2["encoder/layer_0/ffn/linear_0/weight"].shape[0]),
        decoder_ffn_dim=int(ct2["decoder/layer_0/ffn/linear_0/weight"].shape[0]),
        max_source_positions=int(ct2["encoder/position_encodings/encodings"].shape[0]),
        max_target_positions=int(ct2["decoder/position_encodings/encodings"].shape[0]),
        bos_token_id=token("<|endoftext|>"), eos_token_id=token("<|endoftext|>"), pad_token_id=token("<|endoftext|>"),
        decoder_start_token_id=token("<|startoftranscript|>"),
        suppress_tokens=ct2_config.get("suppress_ids", []),
        begin_suppress_tokens=ct2_config.get("suppress_ids_begin", []),
        architectures=["WhisperForConditionalGeneration"],
    )


def generation_config(config: WhisperConfig, ct2_config: dict, tokenizer) -> GenerationConfig:
    """Whisper's generation settings (languages, tasks, timestamps, alignment heads), as the hub's files hold them."""
    from transformers import GenerationConfig

    lang_ids = ct2_config.get("lang_ids", [])
    token = tokenizer.convert_tokens_to_ids
    return GenerationConfig(
        bos_token_id=config.bos_token_id, eos_token_id=config.eos_token_id, pad_token_id=config.pad_token_id,
        decoder_start_token_id=config.decoder_start_token_id, max_length=config.max_target_positions,
        suppress_tokens=config.suppress_tokens, begin_suppress_tokens=config.begin_suppress_tokens,
        alignment_heads=ct2_config.get("alignment_heads", []), is_multilingual=len(lang_ids) > 1,
        lang_to_id={tokenizer.convert_ids_to_tokens(i): i for i in lang_ids},
        task_to_id={"transcribe": token("<|transcribe|>"), "translate": token("<|translate|>")},
        no_timestamps_token_id=token("<|notimestamps|>"), prev_sot_token_id=token("<|startofprev|>"),
    )


def convert(ct2_dir: Path, output: Path) -> None:
    """Write a Hugging Face Whisper folder (weights, configs, tokenizer, feature extractor) from ``ct2_dir``."""
    import torch
    from transformers import (
        WhisperFeatureExtractor,
        WhisperForConditionalGeneration,
        WhisperProcessor,
        WhisperTokenizerFast,
    )

    ct2 = read_ct2_variables(ct2_dir / "model.bin")
    ct2_config = json.loads((ct2_dir / "config.json").read_text(encoding="utf-8"))
    tokenizer = WhisperTokenizerFast(tokenizer_file=str(ct2_dir / "tokenizer.json"))
    config = whisper_config(ct2, ct2_config, tokenizer)
    model = WhisperForConditionalGeneration(config).eval()
    state = {name: torch.from_numpy(value) for name, value in hf_state_dict(
        ct2, config.encoder_layers, config.decoder_layers).items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or set(missing) - {"proj_out.weight"}:
        raise ValueError(f"state dict mismatch: missing {missing}, unexpected {unexpected}")
    model.tie_weights()
    model.generation_config = generation_config(config, ct2_config, tokenizer)
    model.save_pretrained(output)
    WhisperProcessor(WhisperFeatureExtractor(feature_size=config.num_mel_bins), tokenizer).save_pretrained(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ct2", type=Path, required=True, help="the faster-whisper folder (model.bin, tokenizer.json)")
    parser.add_argument("--output", type=Path, required=True, help="the Hugging Face folder to write")
    arguments = parser.parse_args()
    convert(arguments.ct2, arguments.output)


if __name__ == "__main__":
    main()

"""Turn a GGUF chat model into a plain Hugging Face folder (float32 safetensors, config, tokenizer, chat template).

Runs inside the throwaway genai build environment (torch, transformers, gguf, accelerate), never in the app:
``python genai_gguf_to_hf.py --gguf FILE --output HF_FOLDER``. transformers dequantizes the GGUF weights as it
loads them but marks the model as GGUF-quantized; that mark is cleared so ``save_pretrained`` writes plain weights
that onnxruntime-genai's builder accepts (it reads only float16/float32 GGUF files itself, not Q4_1).
"""

from __future__ import annotations

import argparse
from pathlib import Path


def load_gguf(gguf: Path):
    """The model (dequantized to float32) and its tokenizer, both read from the GGUF file alone."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    return model, tokenizer


def clear_quantization_mark(model) -> None:
    """Forget that the weights came from a quantized file: they are float32 now."""
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    if not model.config.architectures:  # GGUF configs carry none; the genai builder dispatches on it
        model.config.architectures = [type(model).__name__]


def convert(gguf: Path, output: Path) -> None:
    """Write the Hugging Face folder for ``gguf`` into ``output``."""
    model, tokenizer = load_gguf(gguf)
    clear_quantization_mark(model)
    model.save_pretrained(output)
    tokenizer.save_pretrained(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gguf", type=Path, required=True, help="the GGUF model file")
    parser.add_argument("--output", type=Path, required=True, help="the Hugging Face folder to write")
    arguments = parser.parse_args()
    convert(arguments.gguf.resolve(), arguments.output)


if __name__ == "__main__":
    main()

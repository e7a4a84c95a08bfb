"""Which of two finished sides was how many times as fast: tokens/s (higher is faster) and RTF (lower is)."""

from dataclasses import replace

from pipelines.chat.comparison import ChatComparison, SideAnswer
from pipelines.speech.comparison import SideTranscript, SpeechComparison


def test_the_faster_answer_by_tokens_per_second_once_both_are_done():
    cpu = SideAnswer("onnxruntime-genai · CPU", "CPU", "three uses", done=True, tokens_per_s=100.0, ttft_ms=50.0)
    npu = SideAnswer("onnxruntime-genai · NPU", "NPU", "three uses", tokens_per_s=300.0)
    assert ChatComparison("device", "asking", cpu, npu, question="q").faster() is None  # the NPU is still answering
    done = ChatComparison("device", "answered", cpu, replace(npu, done=True), question="q")
    assert done.faster() == (done.right, cpu, 3.0)


def test_the_faster_transcript_by_real_time_factor():
    whisper = SideTranscript("faster-whisper · CPU", "faster-whisper", "heard", done=True, rtf=0.4, wer=0.028)
    genai = SideTranscript("onnxruntime-genai · CPU", "onnxruntime-genai", "heard", done=True, rtf=0.5, wer=0.014)
    fast, slow, ratio = SpeechComparison("engines", "heard", whisper, genai).faster()
    assert (fast, slow) == (whisper, genai) and abs(ratio - 1.25) < 1e-9
    assert SpeechComparison("device", "heard", whisper, None, "No NPU or GPU").faster() is None  # one side alone

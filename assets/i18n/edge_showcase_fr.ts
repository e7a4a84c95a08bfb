<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source> · detected {probability}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: the NPU / GPU engine, else the faster here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to final text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, only audio while F8 is held is transcribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution provider: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Pick a smaller model or another engine in the Model list to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to the demo recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

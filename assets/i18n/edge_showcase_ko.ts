<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>가속기(&amp;A)</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>Windows ML 카탈로그를 읽는 중...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>실행 공급자를 설치하는 중... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>이 컴퓨터에 Windows ML 카탈로그가 없습니다(windowsml 패키지가 설치된 Windows 11 필요)</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}: 설치됨</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>{provider} 설치({state})...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>{provider}을(를) 설치하시겠습니까?</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows ML이 {provider} 실행 공급자(버전 {version}, 이 컴퓨터용으로 인증됨)를 다운로드하여 설치합니다.

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows ML이 {provider} 실행 공급자(버전 {version}, 이 컴퓨터용으로 인증되지 않음)를 다운로드하여 설치합니다.

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>출처: {source}; 패키지: {package}.

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>앱이 Windows에 네트워크 사용을 요청하는 것은 이때뿐입니다. 지금 설치하시겠습니까?</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>Windows ML을 통해 {provider}을(를) 설치하는 중...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider}을(를) 설치했지만 onnxruntime에서 거부했습니다: {reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider} 설치 및 등록 완료: 이 공급자로 탐지를 다시 시작합니다</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>무엇이든 물어보세요. 예: 이 부스에 관한 짧은 시를 써 줘.</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>세 가지 모두 이 노트북의 {devices}에서 실행됩니다. 외부로 나가는 데이터는 없습니다.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}: 실시간 자막</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp 대 onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>노트북 카메라의 용도 세 가지를 말해 주세요.</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>답변 비교: {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>둘 다에게 묻기</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>양쪽에 이 질문하기 (Enter)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>첫 단어 {ms} ms · {rate} 토큰/초</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} 토큰/초</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>양쪽을 준비하는 중...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast}이(가) {slow}보다 {ratio}배 빠르게 답했습니다 ({fast_rate} 대 {slow_rate} 토큰/초)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>한쪽씩 차례로 답하는 중...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>채팅 검색</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>선택한 채팅을 이 컴퓨터에서 삭제합니다</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>선택한 채팅을 Markdown으로 저장합니다</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>채팅 삭제</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>이 대화를 이 컴퓨터에서 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>채팅을 Markdown으로 내보내기</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>채팅을 내보냈습니다: {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · 컨텍스트 {context} · {engine} ({device})</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>추론 엔진: 자동은 모델의 변형이 NPU나 GPU에 닿으면 onnxruntime-genai를, 아니면 이 CPU에서 더 빠른 엔진(한 번 측정)을 씁니다. GGUF 파일은 llama.cpp</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}: 사용할 수 없음</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>모델(Ctrl+Shift+O로 GGUF 파일 열기)</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>로드된 모델 없음</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>채팅 모델: {model}, {reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>이 컴퓨터에서 매끄럽게 출력되는 채팅 모델을 측정하는 중...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model} (기본 제공)</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>모델 열기...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>모델 폴더 열기(onnxruntime-genai, MLC)...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF 모델 열기</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF 모델 (*.gguf);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>onnxruntime-genai 또는 MLC 모델 폴더 열기</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (자동 선택 시 새 컴퓨터에서 엔진을 한 번 측정합니다)</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>{model} 로드 중...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation> ({model} 유지)</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>무엇이든 물어보세요. Enter: 보내기, Shift+Enter: 줄 바꿈.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>답합니다</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>이 노트북의 언어 모델</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>채팅 기록 저장이 재개되었습니다</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>온도(0 = 결정적)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>보내기(Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>답변 중지(Esc)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>마지막 메시지에 다시 답변(Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>새 대화 시작(Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>마지막 답변 복사(Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>채팅 모델 준비 완료: {model} ({device})</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>모델을 아직 로드하는 중입니다. 메시지는 입력란에 그대로 남아 있습니다</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>질문을 읽는 중...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>출력 중 · 평균 초당 {rate} 토큰 · 토큰의 95 %가 {ms} ms 이내 · {tokens} 토큰</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>초당 토큰</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>첫 단어까지</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>답변이 멈췄습니다: 다른 모델을 불러왔습니다</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>이 모델이 어떤 부스 질문에 올바르게 답하는지 확인하는 중...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>답변을 복사했습니다</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU 대 가속기 (C)</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 대 INT8 (P)</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>비교: {what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>로드 중...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>양쪽을 로드하고 워밍업하는 중...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>두 번째 장치 없음</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>에너지: 유휴 전력 측정 중, 실행 중인 작업 없음 ({seconds}초 남음)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>에너지: {side} 단독 측정 중 ({seconds}초 남음)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>현재 {watts} W</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side}의 프레임당 에너지가 {ratio}x 적음 ({low} 대 {high} mJ, 각 {seconds}초 평균, 유휴 {idle} W 제외)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>에너지: {side} 프레임당 {mj} mJ (유휴 {idle} W보다 {watts} W 높음, {seconds}초 평균)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>에너지: 유휴 전력과 너무 가까워 측정할 수 없음 (유휴 {idle} W, {seconds}초 평균)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>에너지: AC 전원 사용 중, 측정하려면 충전기를 분리하세요</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>에너지: 이 컴퓨터의 전력 카운터는 관리자만 읽을 수 있음</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>에너지: 값이 나오기 전에 전력 측정이 중단됨</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>에너지: 이 컴퓨터는 소비 전력을 알려 주지 않음</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · 이 컴퓨터에는 비교할 대상이 없음 · {frames} 프레임</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>속도 향상 {speedup}x · 일치도 {agreement} · {frames} 프레임</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>모델이 실행되는 곳: 자동은 NPU, 그다음 GPU, 그다음 CPU를 고릅니다. &apos;최적 NPU&apos;는 한 장치 유형의 최적 공급자, 또는 특정 공급자</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine}은(는) 모델 실행 위치를 스스로 정합니다</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>최적 {device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name}(이 컴퓨터에서 찾을 수 없음)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>이벤트 로그</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>이 세션에서는 문제가 발생하지 않았습니다.</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>다음 위치에도 기록됨: {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>로그 폴더에 쓸 수 없음: 이벤트는 여기에만 보관됩니다</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>노트북에서 AI를 실행하면 왜 개인정보가 보호되는지 짧은 글머리 기호 세 개로 설명해 주세요.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>키오스크 모드를 종료하려면 PIN 입력(Esc: 취소)</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN이 틀렸습니다. 키오스크 모드를 종료하려면 PIN 입력(Esc: 취소)</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>이 노트북에서 실행됩니다. 외부로 나가는 데이터는 없습니다. 스캔하여 자세히 알아보세요.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>아프리칸스어</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>암하라어</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>아랍어</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>아삼어</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>아제르바이잔어</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>바슈키르어</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>벨라루스어</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>불가리아어</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>벵골어</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>티베트어</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>브르타뉴어</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>보스니아어</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>카탈로니아어</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>체코어</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>웨일스어</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>덴마크어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>그리스어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>에스토니아어</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>바스크어</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>페르시아어</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>핀란드어</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>페로어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>갈리시아어</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>구자라트어</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>하우사어</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>하와이어</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>히브리어</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>힌디어</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>크로아티아어</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>아이티어</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>헝가리어</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>아르메니아어</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>인도네시아어</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>아이슬란드어</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>이탈리아어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>자바어</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>조지아어</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>카자흐어</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>크메르어</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>칸나다어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>라틴어</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>룩셈부르크어</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>링갈라어</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>라오어</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>리투아니아어</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>라트비아어</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>말라가시어</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>마오리어</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>마케도니아어</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>말라얄람어</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>몽골어</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>마라티어</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>말레이어</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>몰타어</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>버마어</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>네팔어</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>네덜란드어</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>노르웨이어(니노르스크)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>노르웨이어</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>오크어</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>펀자브어</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>폴란드어</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>파슈토어</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>포르투갈어</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>루마니아어</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>러시아어</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>산스크리트어</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>신디어</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>싱할라어</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>슬로바키아어</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>슬로베니아어</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>쇼나어</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>소말리아어</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>알바니아어</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>세르비아어</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>순다어</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>스웨덴어</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>스와힐리어</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>타밀어</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>텔루구어</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>타지크어</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>태국어</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>투르크멘어</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>타갈로그어</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>튀르키예어</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>타타르어</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>우크라이나어</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>우르두어</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>우즈베크어</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>베트남어</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>이디시어</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>요루바어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;실시간 객체 탐지, 음성 텍스트 변환, 채팅 어시스턴트가 모두 이 컴퓨터에서, 사용 가능한 최적의 가속기(NPU, GPU, CPU 순)로 실행됩니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;개인정보 보호:&lt;/b&gt; 네트워크로 전송되는 데이터는 없습니다. 카메라 프레임은 절대 이 컴퓨터를 벗어나지 않습니다.&lt;/p&gt;&lt;p&gt;모델: SSD-MobileNetV2 COCO(TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct(Hugging Face, Apache-2.0), onnxruntime-genai 또는 llama.cpp에서 실행; Whisper base(OpenAI, MIT), onnxruntime-genai 또는 faster-whisper에서 실행; vosk(Apache-2.0), vosk 모델이 설치된 경우. 채팅 기록은 로컬 SQLite 파일에 보관됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>이 앱과 엔진 프로세스가 현재 사용하는 메모리(모델 포함)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;모든 작업이 이 컴퓨터에서 실행됩니다.&lt;/b&gt; 보여 주거나 말하거나 입력한 내용은 어디에도 전송되지 않습니다: 계정도, 클라우드도, 원격 분석도 없습니다. 설정: &lt;code&gt;{settings}&lt;/code&gt;; 채팅 기록: &lt;code&gt;{history}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>이 안내를 다시 표시하지 않음</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>동영상 또는 이미지 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>탐지 모델 열기(&amp;M)...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>내장 검출기 사용(&amp;B)</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>스냅샷 저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>보고서 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>비전(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>음성(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>채팅(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>대시보드 - 세 가지 모두(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>탐지 시작/중지(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>CPU와 가속기 비교(&amp;A)</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>FP32와 INT8 비교(&amp;I)</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>답변 비교: CPU 대 가속기(&amp;A)</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>답변 비교: llama.cpp 대 onnxruntime-genai(&amp;G)</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>받아쓰기 비교: CPU 대 가속기(&amp;T)</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>받아쓰기 비교: faster-whisper 대 onnxruntime-genai(&amp;W)</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>실시간 자막 창(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>키오스크 모드(부스)(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>이벤트 로그(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>다음에 시작할 때부터 창이 {language}(으)로 표시됩니다.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>지금 다시 시작</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>세션 보고서를 내보낼 위치...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>{folder}에 보고서를 저장하는 중...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>보고서 저장됨: {path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>메모리 {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>{title} 정보</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>키오스크 모드</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>대시보드가 이 화면을 가득 채우고 메뉴와 탭이 숨겨지며, 부스에 아무도 없을 때는 데모가 저절로 재생됩니다. {chord}(PIN을 설정했다면 PIN도)로 나가면 앱이 닫힙니다.</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>네트워크: 확인 중...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>네트워크: 알 수 없음</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>운영 체제에서 이 앱의 연결 정보를 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>네트워크: 연결 0개</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>운영 체제에서 2초마다 실시간으로 확인: 이 앱의 프로세스 {processes}개에 열려 있거나 수신 대기 중인 인터넷 연결이 없습니다.</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>네트워크: 연결 1개: {first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>네트워크: 연결 {count}개: {first} (외 {more}개)</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>사람</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>자전거</translation>
    </message>
    <message>
        <source>car</source>
        <translation>자동차</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>오토바이</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>비행기</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>버스</translation>
    </message>
    <message>
        <source>train</source>
        <translation>기차</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>트럭</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>보트</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>신호등</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>소화전</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>정지 표지판</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>주차 미터기</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>벤치</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>새</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>고양이</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>개</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>말</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>양</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>소</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>코끼리</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>곰</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>얼룩말</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>기린</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>배낭</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>우산</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>핸드백</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>넥타이</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>여행 가방</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>프리스비</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>스키</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>스노보드</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>공</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>연</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>야구 방망이</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>야구 글러브</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>스케이트보드</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>서프보드</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>테니스 라켓</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>병</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>와인잔</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>컵</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>포크</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>칼</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>숟가락</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>그릇</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>바나나</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>사과</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>샌드위치</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>오렌지</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>브로콜리</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>당근</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>핫도그</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>피자</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>도넛</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>케이크</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>의자</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>소파</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>화분</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>침대</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>식탁</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>변기</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>TV</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>노트북</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>마우스</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>리모컨</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>키보드</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>전자레인지</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>오븐</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>토스터</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>싱크대</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>냉장고</translation>
    </message>
    <message>
        <source>book</source>
        <translation>책</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>시계</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>꽃병</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>가위</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>곰 인형</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>헤어드라이어</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>칫솔</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>모든 파이프라인을 한 번에: 전시회용 화면(Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}: 대신 데모 영상을 보여 줍니다</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>카메라 {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>인덱스 {index}에 카메라가 없습니다</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>다른 카메라나 데모 영상을 선택하세요</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera}에서 영상이 더 이상 들어오지 않습니다(분리되었거나 다른 앱이 사용 중?)</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>이미지를 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>이미지가 파일이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>이미지가 비어 있습니다: {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>동영상 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>동영상이 파일이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>동영상 파일이 비어 있습니다: {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>OpenCV가 디코딩할 수 있는 이미지가 아닙니다(잘렸거나 다른 형식?): {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>OpenCV가 열 수 있는 동영상이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>동영상 파일에 OpenCV가 디코딩할 수 있는 프레임이 없습니다: {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>동영상 파일에서 더 이상 프레임이 나오지 않습니다(손상?): {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>재생 중에 동영상 파일이 사라졌습니다: {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>{platform}용 {package}가 없습니다</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package}가 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>음성 엔진 없음: {reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>채팅 엔진 없음: {reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>{engine} 엔진은 이 컴퓨터에서 실행할 수 없습니다: {missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}: 대신 데모 녹음을 재생합니다</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>오디오 입력을 사용할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>오디오 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>오디오 파일이 비어 있거나 파일이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>오디오 파일이 잘렸습니다(데이터 {size}바이트 중 {present}바이트): {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>{path}에 오디오 스트림이 없습니다</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>FFmpeg가 디코딩할 수 있는 오디오 파일이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>대신 데모 녹음을 재생하세요</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>마이크를 열 수 없습니다({error})</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>다른 앱이 사용 중일 수 있습니다. 데모 녹음을 사용해 보세요</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>마이크 &apos;{name}&apos;에서 소리가 더 이상 들어오지 않습니다(분리됨?)</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>지금까지의 단어는 유지됩니다. 데모 녹음을 사용해 보세요</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>마이크를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM이 설치되어 있지 않습니다({error})</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM에는 컴파일된 모델 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>모델 폴더 열기...로 여세요(--model DIR)</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>이 모델 파일에 맞는 엔진</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder}은(는) 채팅 모델 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>llama.cpp용 GGUF 파일, genai_config.json이 있는 onnxruntime-genai 폴더 또는 mlc-chat-config.json이 있는 컴파일된 MLC LLM 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai가 {accelerator}에서 실행합니다</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>이를 위해 설치된 유일한 엔진</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>다른 엔진은 여기서 실행할 수 없습니다 ({failures})</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>이 CPU에서 더 빠른 엔진 (한 번 측정: {figures})</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} 노드</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>엄격</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>대부분 CPU에서 실행: {device}({provider})는 {total}개 노드 중 {ran}개, 시간의 {share}만 처리</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>{fallbacks}에서 대체됨</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>영어 vosk 모델로 진짜 스트리밍</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>영어 vosk 모델이 설치되어 있지 않습니다</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>vosk 모델 폴더를 열거나(--model DIR) Whisper를 사용하세요(--engine whisper)</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder}은(는) 음성 모델 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>vosk 모델 폴더(am/, conf/ 포함), faster-whisper 폴더(model.bin, config.json) 또는 onnxruntime-genai Whisper(genai_config.json)를 선택하세요</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>컨텍스트에 맞추기 위해 가장 오래된 메시지 {count}개를 뺐습니다</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>컨텍스트에 맞추기 위해 메시지를 잘랐습니다</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>생각 중...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>중단됨: 답변이 잘렸습니다</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>중지됨: 모델이 같은 말을 반복하기 시작했습니다</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>첫 토큰 {ms} ms · {rate} 토큰/초 · {tokens} 토큰 · {engine} ({device})</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>{tokens} 토큰 한도에서 중지됨</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>이 컴퓨터에는 이 앱이 사용할 수 있는 NPU나 GPU가 없습니다: 여기서는 CPU가 유일한 장치입니다</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>&apos;{pipeline}&apos; 파이프라인이 {seconds}초 동안 아무것도 내지 않았습니다</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>채팅 엔진</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>비전</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>채팅</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>{name}이(가) 닫혔습니다</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>{name}의 작업이 중지되었습니다</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>{name}이(가) {seconds}초 동안 응답하지 않아 중지되었습니다</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>{name}이(가) 예기치 않게 중지되었습니다 ({exit})</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>음성 엔진</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>초당 토큰 {rate}개</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>GGUF 파일이 필요합니다</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>GGUF 모델이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp에는 .gguf 파일이 필요합니다</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name}에는 약 {needed}GiB가 필요하지만 사용 가능한 메모리는 {free}GiB뿐입니다</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>다른 앱을 닫거나 더 작은 모델을 선택하세요</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp가 {path}을(를) 불러오지 못했습니다</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path}은(는) 이 앱이 디코딩할 수 있는 검출기가 아닙니다(아키텍처 &apos;{architecture}&apos;)</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>&apos;edge-showcase models build&apos;로 만든 ONNX 모델이 필요합니다({known})</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>onnxruntime-genai 모델 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder}에 {file}이(가) 없습니다</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>onnxruntime-genai 모델 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>{folder}에 {part}({file})이(가) 없습니다</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>다시 만들거나 다시 내려받으세요</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path}은(는) 올바른 ONNX 모델이 아닙니다(손상되었거나 잘림)</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>모델 파일을 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>모델 폴더를 찾을 수 없습니다: {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>&apos;edge-showcase models build&apos;를 실행하거나 다른 것을 선택하세요</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>모델 경로가 폴더가 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>모델 경로가 파일이 아닙니다: {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>모델 파일이 비어 있습니다: {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>ONNX 모델이 필요합니다</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title}은(는) 아직 만들어지지 않았습니다({path})</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>&apos;edge-showcase models build&apos;를 한 번 실행하세요</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path}이(가) 만들 때 기록한 체크섬과 일치하지 않습니다(손상?)</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>&apos;edge-showcase models build --force&apos;를 실행하세요</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>vosk 모델 폴더를 찾을 수 없습니다: {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>am/, conf/, graph/가 있는 폴더가 필요합니다</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder}은(는) vosk 모델 폴더가 아닙니다({missing} 없음)</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>vosk 모델 페이지에서 모델을 내려받으세요</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk가 {folder}의 모델을 불러오지 못했습니다(파일 누락 또는 손상?)</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk는 번역할 수 없습니다</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>영어로 번역하려면 Whisper 엔진을 사용하세요</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>이 vosk 모델은 {language}만 알아듣고 {asked}은(는) 알아듣지 못합니다</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>Whisper 엔진이나 그 언어의 vosk 모델을 사용하세요</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>Whisper 모델 폴더를 찾을 수 없습니다: {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>&apos;edge-showcase models build&apos;를 실행하거나 faster-whisper 폴더를 선택하세요</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder}은(는) faster-whisper 모델 폴더가 아닙니다({missing} 없음)</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper가 {folder}을(를) 불러오지 못했습니다(손상?)</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>{path}을(를) 읽을 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>{path}을(를) 저장할 수 없습니다 ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>다른 폴더를 선택하거나 공간을 확보하세요</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>이 Whisper 모델은 영어 전용입니다</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>다국어 Whisper 모델을 선택하세요</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine}은(는) 언어를 선택할 수 없습니다</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>Whisper 엔진을 사용하세요</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine}은(는) 모델 실행 위치를 스스로 정합니다: 선택한 장치에서 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>장치는 엔진이 고르게 두거나(자동: --provider나 --device 없이) onnxruntime-genai 모델을 사용하세요</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider}은(는) 이 컴퓨터에서 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>이 컴퓨터에는 이 앱이 쓸 수 있는 {device}가 없습니다</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>자동이나 여기 있는 것 중에서 고르세요: {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>이 컴퓨터의 유일한 채팅 모델</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>이 컴퓨터에서 매끄럽게 출력되는 가장 좋은 모델: {rate} ({fluent}부터 매끄러움)</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>이 컴퓨터에서 {fluent}에 이르는 모델이 없음; 가장 빠른 모델: {rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>마이크, 데모 녹음 또는 오디오 파일</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>자동: 영어 모델이 있으면 vosk, 없으면 NPU / GPU를 쓸 수 있는 Whisper 엔진, 그것도 아니면 이 컴퓨터에서 더 빠른 엔진; onnxruntime-genai(NPU / GPU / CPU) 또는 faster-whisper의 Whisper; vosk; 또는 모델 폴더</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>영어 vosk 모델이 설치되어 있지 않습니다(설치 프로그램에는 포함되어 있음)</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>모델 폴더 열기...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>말하는 언어: 자동은 문장마다 언어를 감지하고, 언어를 지정하면 감지를 건너뜁니다(Whisper; vosk는 모델의 언어만 인식)</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>자동(감지)</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>영어로 번역</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Whisper 번역: 어떤 언어로 말하든 자막을 영어로 표시합니다</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>데모 녹음(LibriVox)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>마이크: 시스템 기본값</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>마이크: {name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>오디오 파일 열기...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>음성: 지난번에 고른 마이크가 연결되어 있지 않아 데모 녹음을 골랐습니다</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>음성: {reason}; 데모 녹음은 마이크 없이도 작동합니다</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>오디오 파일 열기</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>오디오 (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>vosk, faster-whisper 또는 onnxruntime-genai Whisper 모델 폴더 열기</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper 대 onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>받아쓰기 비교: {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>다시 듣기</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>양쪽이 데모 녹음을 다시 듣습니다</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · 단어 오류율 {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast}이(가) {slow}보다 {ratio}배 빠르게 들었습니다 (RTF {fast_rtf} 대 {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>데모 녹음을 한쪽씩 차례로 듣는 중...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>중간 결과 {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>발화 후 최종 결과 {latency}</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>{seconds}초 청취</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>실시간보다 느림</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → 영어</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>지정된 언어</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>감지됨 {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>최종 텍스트까지</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>실시간보다 빠름</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>듣습니다</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>말하는 즉시 텍스트로</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>받아쓰기 저장이 재개되었습니다</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>듣기 시작 또는 중지(Space)</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>눌러서 말하기: 끔</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>켜면 F8을 누르고 있는 동안에만 마이크를 듣습니다(파일과 데모는 끝까지 재생)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>받아쓰기 복사</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>받아쓰기 지우기</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>저장...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>.txt 또는 .srt 자막으로 저장(Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>자막</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>별도 창에 큰 실시간 자막 표시(F9)</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>데모 녹음 재생</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>기본 제공 녹음을 같은 파이프라인으로 텍스트로 변환합니다</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>듣고 있지 않음</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>레벨</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (자동 선택 시 새 컴퓨터에서 엔진을 한 번 측정합니다)</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>음성 모델 로드 중...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>{ms} ms 만에 로드됨</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}, 듣는 중...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>음성: {engine}, {why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>눌러서 말하기: 켬(F8 누르고 있기)</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>받아쓰기를 복사했습니다</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>{count}개의 문장을 모두 이 컴퓨터에서 삭제할까요?</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>받아쓰기 저장</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>텍스트 (*.txt);;자막 (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>전사본을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>받아쓰기를 저장하는 중: {path}</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — 지금까지 받아쓴 내용은 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU 대 가속기</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>불러오는 중...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>양쪽을 불러오는 중...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>여기에는 CPU뿐입니다: 이 컴퓨터에는 비교할 대상이 없습니다</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>두 번째 장치 없음</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline}: 이 컴퓨터에서 사용할 수 없습니다&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;다른 파이프라인은 평소대로 실행됩니다.</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>프레임 입력 소스(Ctrl+O로 파일 열기)</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>엄격</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>가속기 전용: 모든 노드를 직접 실행할 수 없는 공급자는 노드를 CPU에 넘기는 대신 건너뜁니다(CPU로 조용히 대체되면 안 되는 데모용)</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>내장 탐지 모델의 정밀도: 자동은 NPU에 INT8, GPU에 FP32를 사용하고, CPU에는 측정 결과 더 빠르면서 FP32와 결과가 일치하는 경우 INT8을 사용합니다</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>점수 임계값([ 및 ]로 조정)</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU: 같은 클래스의 상자가 이 값보다 많이 겹치면 병합됩니다</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>소스</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>데모 동영상(걷는 사람들)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>카메라 {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>파일 열기...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>찾은 카메라: {cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>동영상 또는 이미지 열기</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>동영상 및 이미지 (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>임계값 {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>캡처 대기</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>전처리</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>추론</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>디코딩+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>그리기</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>캡처-&gt;결과</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>처리 {last} ms (p50 {p50}, p95 {p95}) · 가능 {possible} FPS · 표시 {shown} FPS</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation> (소스 속도에 맞춤)</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>last</source>
        <translation>최근</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>버린 프레임 {count}(최신 프레임 우선)</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · 워밍업 {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>모델 로드 중...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>프레임당</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>초당 처리 가능 프레임</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>봅니다</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>실시간 영상 속 객체</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>스냅샷 저장이 재개되었습니다</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>탐지 시작 또는 중지(Space)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>스냅샷</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>주석이 표시된 프레임을 PNG로 저장(Ctrl+S)</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>ONNX 탐지 모델 열기</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>ONNX 탐지 모델 (*.onnx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>모델을 로드하고 공급자를 워밍업하는 중...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{device}에서 {model} 실행 중</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>첫 프레임을 기다리는 중...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation> (이전 모델 유지)</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>아직 저장할 프레임이 없습니다</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>스냅샷 저장됨: {path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>CPU 공급자와 데모 동영상으로 전환했습니다.</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}. 계속 실패하므로 더 이상 다시 시작하지 않습니다. {done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}; {seconds}초 후 다시 시작합니다</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>다시 시도하려면 더 작은 모델, 다른 엔진, 또는 장치 목록의 자동을 고르세요.</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>데모 녹음으로 전환했습니다(장치는 자동으로 선택).</translation>
    </message>
</context>
</TS>

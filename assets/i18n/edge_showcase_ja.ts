<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>アクセラレータ(&amp;A)</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>Windows MLのカタログを読み込んでいます...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>実行プロバイダーをインストールしています... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>このPCにはWindows MLのカタログがありません（windowsmlパッケージを含むWindows 11が必要です）</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}：インストール済み</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>{provider}をインストール（{state}）...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>{provider}をインストールしますか？</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows MLが{provider}実行プロバイダー（バージョン{version}、このPC向けに認定済み）をダウンロードしてインストールします。

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows MLが{provider}実行プロバイダー（バージョン{version}、このPC向けには未認定）をダウンロードしてインストールします。

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>ソース：{source}、パッケージ：{package}。

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>このアプリがWindowsにネットワークの使用を求めるのはこの時だけです。今すぐインストールしますか？</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>Windows ML経由で{provider}をインストールしています...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider}はインストールされましたが、onnxruntimeに拒否されました：{reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider}をインストールして登録しました：検出はこのプロバイダーで再開されます</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>何でも聞いてください。例：このブースについての短い詩を書いて。</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>3つとも、このノートPCの{devices}で動作しています。データは一切外に出ません。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>と</translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}：ライブ字幕</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp 対 onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>ノートパソコンのカメラの用途を3つ挙げてください。</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>回答を比較: {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>両方に質問</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>両側にこの質問をする (Enter)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>最初の語 {ms} ms · {rate} トークン/秒</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} トークン/秒</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>両側をウォームアップ中...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast} は {slow} の {ratio} 倍の速さで回答しました ({fast_rate} 対 {slow_rate} トークン/秒)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>片側ずつ回答中...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>チャットを検索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>選択したチャットをこのPCから削除します</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>エクスポート...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>選択したチャットをMarkdownとして保存します</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>この会話をこのPCから削除しますか？</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>チャットをMarkdownとしてエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>チャットを{path}にエクスポートしました</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · コンテキスト {context} · {device}上の{engine}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>推論エンジン: 自動は、モデルのバリアントが NPU または GPU に届く場合は onnxruntime-genai、そうでなければこの CPU で速いエンジン（一度だけ計測）を使います。GGUF ファイルには llama.cpp</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}：利用不可</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>モデル（Ctrl+Shift+OでGGUFファイルを開きます）</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>モデル未読み込み</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>チャットモデル：{model}、{reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>このPCで滑らかに出力できるチャットモデルを測定しています...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model}（同梱）</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>モデルを開く...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>モデルフォルダーを開く（onnxruntime-genai、MLC）...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUFモデルを開く</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUFモデル (*.gguf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>onnxruntime-genaiまたはMLCのモデルフォルダーを開く</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation>（「自動」は新しいPCで一度だけエンジンを測定します）</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>{model}を読み込んでいます...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation>（{model}を引き続き使用）</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>何でも聞いてください。Enterで送信、Shift+Enterで改行します。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答える</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>このノートPC上の言語モデル</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>チャット履歴の保存を再開しました</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>温度（0 = 決定的）</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>送信（Enter）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>回答を停止（Esc）</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>最後のメッセージにもう一度回答（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>新しい会話を開始（Ctrl+N）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>最後の回答をコピー（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>チャットモデルの準備ができました：{device}上の{model}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>モデルはまだ読み込み中です。メッセージは入力欄に残っています</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>質問を読み込み中...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>出力中 · 平均 {rate} tokens/s · トークンの95%が{ms} ms以内 · {tokens}トークン</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>最初の単語まで</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>回答を停止しました: 別のモデルが読み込まれました</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>このモデルが正しく答えられるブース用の質問を確認しています...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>回答をコピーしました</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>お知らせ</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPUとアクセラレータの比較（C）</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32とINT8の比較（P）</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>比較：{what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>両方を読み込んでウォームアップしています...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>2つ目のデバイスがありません</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>電力量: アイドル時の消費電力を測定中、何も実行していません (残り {seconds} 秒)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>電力量: {side} を単独で測定中 (残り {seconds} 秒)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>現在 {watts} W</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} は1フレームあたりの電力量が {ratio}x 少ない ({low} 対 {high} mJ、各 {seconds} 秒の平均、アイドル {idle} W を差し引き済み)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>電力量: {side} は1フレームあたり {mj} mJ (アイドル {idle} W より {watts} W 多い、{seconds} 秒の平均)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>電力量: アイドル時の消費電力に近すぎて測定できません (アイドル {idle} W、{seconds} 秒の平均)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>電力量: AC電源で動作中です。測定するには充電器を外してください</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>電力量: このPCの電力カウンターは管理者しか読み取れません</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>電力量: 値が出る前に電力の読み取りが止まりました</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>電力量: このPCは消費電力を報告しません</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · このPCには比較対象がありません · {frames}フレーム</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>高速化 {speedup}x · 一致率 {agreement} · {frames}フレーム</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>モデルの実行場所: 自動は NPU、次に GPU、次に CPU を選びます。「最適なNPU」は同じ種類のデバイスで最適なプロバイダー、または特定のプロバイダー</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine} はモデルの実行場所を自分で決めます</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>最適な{device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name}（このマシンには見つかりません）</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>イベントログ</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>このセッションでは問題は発生していません。</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>{path}にも書き込みました</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>ログフォルダーに書き込めません：イベントはここにのみ保持されます</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>ノートパソコンで AI を動かすとなぜプライバシーが守られるのか、短い箇条書き 3 つで答えてください。</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>キオスクモードを終了するにはPINを入力（Escでキャンセル）</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PINが違います。キオスクモードを終了するにはPINを入力（Escでキャンセル）</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>このノートPC上で動作。データは一切外に出ません。スキャンして詳細をご覧ください。</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>アフリカーンス語</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>アムハラ語</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>アラビア語</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>アッサム語</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>アゼルバイジャン語</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>バシキール語</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>ベラルーシ語</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>ブルガリア語</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>ベンガル語</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>チベット語</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>ブルトン語</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>ボスニア語</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>カタロニア語</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>チェコ語</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>ウェールズ語</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>デンマーク語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>ギリシャ語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>エストニア語</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>バスク語</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>ペルシア語</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>フィンランド語</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>フェロー語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>ガリシア語</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>グジャラート語</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>ハウサ語</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>ハワイ語</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ヘブライ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>クロアチア語</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>ハイチ・クレオール語</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>ハンガリー語</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>アルメニア語</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>インドネシア語</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>アイスランド語</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>イタリア語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>ジャワ語</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>ジョージア語</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>カザフ語</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>クメール語</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>カンナダ語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>ラテン語</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>ルクセンブルク語</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>リンガラ語</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>ラオ語</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>リトアニア語</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>ラトビア語</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>マダガスカル語</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>マオリ語</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>マケドニア語</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>マラヤーラム語</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>モンゴル語</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>マラーティー語</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>マレー語</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>マルタ語</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>ミャンマー語</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>ネパール語</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>オランダ語</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>ノルウェー語 (ニーノシュク)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>ノルウェー語</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>オック語</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>パンジャブ語</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>ポーランド語</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>パシュトゥー語</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>ポルトガル語</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>ルーマニア語</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>ロシア語</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>サンスクリット語</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>シンド語</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>シンハラ語</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>スロバキア語</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>スロベニア語</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>ショナ語</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>ソマリ語</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>アルバニア語</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>セルビア語</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>スンダ語</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>スウェーデン語</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>スワヒリ語</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>タミル語</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>テルグ語</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>タジク語</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>タイ語</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>トルクメン語</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>タガログ語</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>トルコ語</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>タタール語</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ウクライナ語</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ウルドゥー語</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ウズベク語</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>ベトナム語</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>イディッシュ語</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>ヨルバ語</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;リアルタイムの物体検出、音声のテキスト変換、チャットアシスタントが、すべてこのコンピューター上で、利用できる最適なアクセラレータ（NPU、次にGPU、次にCPU）で動作します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;プライバシー：&lt;/b&gt;ネットワーク経由では何も送信されません。カメラ映像がこのPCの外に出ることはありません。&lt;/p&gt;&lt;p&gt;モデル：SSD-MobileNetV2 COCO（TensorFlow model zoo、Apache-2.0）。SmolLM2-135M-Instruct（Hugging Face、Apache-2.0）、onnxruntime-genaiまたはllama.cppで実行。Whisper base（OpenAI、MIT）、onnxruntime-genaiまたはfaster-whisperで実行。vosk（Apache-2.0）、voskモデルがインストールされている場合に使用。チャット履歴はローカルのSQLiteファイルに保存されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>このアプリとエンジンのプロセスが現在使用しているメモリ（モデルを含む）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;すべてこのコンピューター上で動作します。&lt;/b&gt;見せたもの、話したこと、入力したことは、どこにも送信されません。アカウント不要、クラウドなし、テレメトリなし。設定：&lt;code&gt;{settings}&lt;/code&gt;、チャット履歴：&lt;code&gt;{history}&lt;/code&gt;。</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>わかりました</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>今後このメッセージを表示しない</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>動画または画像を開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>検出モデルを開く(&amp;M)...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>内蔵の検出器を使う(&amp;B)</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>スナップショットを保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>レポートをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>ビジョン(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>音声(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>ダッシュボード（3つすべて）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>検出の開始/停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>CPUとアクセラレータを比較(&amp;C)</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>FP32とINT8を比較(&amp;I)</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>回答を比較: CPU 対 アクセラレータ(&amp;A)</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>回答を比較: llama.cpp 対 onnxruntime-genai(&amp;G)</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>文字起こしを比較: CPU 対 アクセラレータ(&amp;T)</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>文字起こしを比較: faster-whisper 対 onnxruntime-genai(&amp;W)</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>ライブ字幕ウィンドウ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全画面表示(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>キオスクモード（ブース）(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>イベントログ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>次回の起動から、ウィンドウは{language}で表示されます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>セッションレポートのエクスポート先...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>レポートを{folder}に書き込んでいます...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>レポートを書き込みました：{path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>メモリ {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>{title}のバージョン情報</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>キオスクモード</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>ダッシュボードがこの画面いっぱいに表示され、メニューとタブは隠れ、ブースに誰もいないときはデモが自動で流れます。{chord}（PIN を設定した場合は PIN も）で終了すると、アプリが閉じます。</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>ネットワーク：確認中...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>ネットワーク：不明</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>OSからこのアプリの接続を読み取れませんでした：{error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>ネットワーク：接続 0 件</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>OSから2秒ごとにリアルタイムで読み取り：このアプリの{processes}個のプロセスは、開いているものも待ち受け中のものも含め、インターネット接続を持っていません。</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>ネットワーク：接続 1 件：{first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>ネットワーク：接続 {count} 件：{first}（他 {more} 件）</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>人</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>自転車</translation>
    </message>
    <message>
        <source>car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>バイク</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>飛行機</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>バス</translation>
    </message>
    <message>
        <source>train</source>
        <translation>電車</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>ボート</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>信号機</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>消火栓</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>一時停止標識</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>パーキングメーター</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>ベンチ</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>鳥</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>犬</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>馬</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>羊</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>牛</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>象</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>熊</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>シマウマ</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>キリン</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>リュック</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>傘</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>ハンドバッグ</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>ネクタイ</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>スーツケース</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>フリスビー</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>スキー板</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>スノーボード</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>ボール</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>凧</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>野球のバット</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>野球のグローブ</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>スケートボード</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>サーフボード</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>テニスラケット</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>ボトル</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>ワイングラス</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>カップ</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>フォーク</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>ナイフ</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>スプーン</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>ボウル</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>バナナ</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>りんご</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>サンドイッチ</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>ブロッコリー</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>ニンジン</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>ホットドッグ</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>ピザ</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>ドーナツ</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>ケーキ</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>椅子</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>ソファ</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>鉢植え</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>ベッド</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>食卓</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>トイレ</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>テレビ</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>ノートパソコン</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>マウス</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>リモコン</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>電子レンジ</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>オーブン</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>トースター</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>シンク</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>冷蔵庫</translation>
    </message>
    <message>
        <source>book</source>
        <translation>本</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>花瓶</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>はさみ</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>テディベア</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>ドライヤー</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>歯ブラシ</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>すべてのパイプラインを同時に表示：展示会用の画面（Ctrl+4）</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}：代わりにデモ動画を表示します</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>カメラ {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>インデックス {index} のカメラはありません</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>別のカメラかデモ動画を選んでください</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera} から映像が届かなくなりました（抜けたか、別のアプリが使用中？）</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>画像が見つかりません: {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>画像がファイルではありません: {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>画像が空です: {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>動画ファイルが見つかりません: {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>動画がファイルではありません: {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>動画ファイルが空です: {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>OpenCV でデコードできる画像ではありません（途中で切れているか別の形式？）: {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>OpenCV で開ける動画ではありません: {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>動画ファイルに OpenCV でデコードできるフレームがありません: {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>動画ファイルからフレームが届かなくなりました（破損？）: {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>再生中に動画ファイルがなくなりました: {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>{platform} 向けの {package} はありません</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} はインストールされていません</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>音声エンジンがありません：{reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>チャットエンジンがありません：{reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>{engine} エンジンはこのマシンでは動作できません：{missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}：代わりにデモ録音を再生します</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>音声入力を使用できません：{error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>音声ファイルが見つかりません: {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>音声ファイルが空か、ファイルではありません: {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>音声ファイルが途中で切れています（データ {size} バイト中 {present} バイト）: {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>{path} に音声ストリームがありません</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>FFmpeg でデコードできる音声ファイルではありません: {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>代わりにデモ録音を再生してください</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>マイクを開けません（{error}）</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>別のアプリが使用中かもしれません。デモ録音をお試しください</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>マイク「{name}」から音声が届かなくなりました（抜けた？）</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>ここまでの文字は残ります。デモ録音をお試しください</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>マイクが見つかりません</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM はインストールされていません（{error}）</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM にはコンパイル済みのモデルフォルダーが必要です</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>「モデルフォルダーを開く...」で開いてください（--model DIR）</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>このモデルファイル用のエンジン</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} はチャットモデルのフォルダーではありません</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>llama.cpp 用の GGUF ファイル、genai_config.json のある onnxruntime-genai フォルダー、または mlc-chat-config.json のあるコンパイル済み MLC LLM フォルダーを選んでください</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai が {accelerator} で実行します</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>これに対応する唯一のインストール済みエンジン</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>もう一方のエンジンはここでは実行できません（{failures}）</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>この CPU でより速い方（一度だけ測定：{figures}）</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} ノード</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>厳格</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>ほぼ CPU で実行：{device}（{provider}）が担当したのは {total} ノード中 {ran}、時間の {share}</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>{fallbacks} からフォールバック</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>英語の vosk モデルによる本物のストリーミング</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>英語のvoskモデルがインストールされていません</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>vosk モデルフォルダーを開くか（--model DIR）、Whisper を使ってください（--engine whisper）</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} は音声モデルのフォルダーではありません</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>vosk のモデルフォルダー（am/ と conf/ を含む）、faster-whisper のフォルダー（model.bin、config.json）、または onnxruntime-genai の Whisper（genai_config.json）を選んでください</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>コンテキストに収めるため、古いメッセージ {count} 件を省きました</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>コンテキストに収めるため、メッセージを切り詰めました</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>考え中...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>注：{note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>中断：回答が途中で切れました</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>停止：モデルが同じ内容を繰り返し始めました</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>最初のトークン {ms} ms · {rate} トークン/秒 · {tokens} トークン · {device}上の{engine}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>{tokens} トークンの上限で停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>このコンピューターには本アプリが使える NPU も GPU もありません：ここにあるデバイスは CPU だけです</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>「{pipeline}」パイプラインが {seconds} 秒間何も出力しませんでした</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>チャットエンジン</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>音声</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>{name}は閉じられました</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>{name}の処理は停止されました</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>{name}が {seconds} 秒間応答しなかったため停止しました</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>{name}が予期せず停止しました（{exit}）</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>音声エンジン</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text}（{detail}）</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>GGUF ファイルが必要です</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>GGUF モデルではありません: {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp には .gguf ファイルが必要です</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name} には約 {needed} GiB 必要ですが、空きメモリは {free} GiB しかありません</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>ほかのアプリを閉じるか、より小さいモデルを選んでください</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp は {path} を読み込めませんでした</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} はこのアプリがデコードできる検出器ではありません（アーキテクチャ &apos;{architecture}&apos;）</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>&apos;edge-showcase models build&apos; で作った ONNX モデルが必要です（{known}）</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>onnxruntime-genai のモデルフォルダーが必要です</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder} に {file} がありません</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>onnxruntime-genai のモデルフォルダーではありません</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>{folder} に {part}（{file}）がありません</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>作り直すか、ダウンロードし直してください</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} は有効な ONNX モデルではありません（破損または途中で切れています）</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>モデルファイルが見つかりません: {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>モデルフォルダーが見つかりません: {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>&apos;edge-showcase models build&apos; を実行するか、別のものを選んでください</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>モデルのパスがフォルダーではありません: {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>モデルのパスがファイルではありません: {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>モデルファイルが空です: {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>ONNX モデルが必要です</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title} はまだ作られていません（{path}）</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>&apos;edge-showcase models build&apos; を一度実行してください</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path} が作成時に記録したチェックサムと一致しません（破損？）</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>&apos;edge-showcase models build --force&apos; を実行してください</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>vosk のモデルフォルダーが見つかりません: {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>am/、conf/、graph/ を含むフォルダーが必要です</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} は vosk のモデルフォルダーではありません（{missing} がありません）</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>vosk のモデルページからモデルをダウンロードしてください</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk は {folder} のモデルを読み込めませんでした（ファイルの欠落または破損？）</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk は翻訳できません</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>英語に翻訳するには Whisper エンジンを使ってください</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>この vosk モデルが聞き取れるのは {language} だけで、{asked} は聞き取れません</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>Whisper エンジンか、その言語の vosk モデルを使ってください</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>Whisper のモデルフォルダーが見つかりません: {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>&apos;edge-showcase models build&apos; を実行するか、faster-whisper のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} は faster-whisper のモデルフォルダーではありません（{missing} がありません）</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper は {folder} を読み込めませんでした（破損？）</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>{path} を読み込めません（{reason}）</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>{path} を保存できません ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>別のフォルダーを選ぶか、空き容量を確保してください</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>この Whisper モデルは英語専用です</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>多言語の Whisper モデルを選んでください</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine} では言語を選べません</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>Whisper エンジンを使ってください</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine} はモデルの実行場所を自分で決めます: 選んだデバイスでは実行できません</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>デバイスはエンジンに任せる（自動: --provider や --device を付けない）か、onnxruntime-genai のモデルを使ってください</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} はこのマシンでは使えません</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>このマシンには、このアプリが使える {device} がありません</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>自動か、ここにあるものを選んでください: {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>このPCにある唯一のチャットモデル</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>このPCで滑らかに出力できる最良のモデル：{rate}（{fluent}以上で滑らか）</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>このPCでは{fluent}に達するモデルがありません。最速：{rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>マイク、デモ録音、または音声ファイル</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>自動：英語モデルがあればvosk、なければNPU / GPUを使えるWhisperエンジン、それもなければこのPCで速い方。ほかにonnxruntime-genai（NPU / GPU / CPU）またはfaster-whisperのWhisper、vosk、モデルフォルダーを選べます</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>英語のvoskモデルがインストールされていません（インストーラーには同梱されています）</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>モデルフォルダーを開く...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>話される言語：「自動」は文ごとに言語を検出し、言語を固定すると検出を省略します（Whisperのみ。voskはモデル自体の言語を認識します）</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>自動（検出）</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>英語に翻訳</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Whisperの翻訳機能：話す言語にかかわらず字幕を英語で表示します</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入力ソース</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>デモ録音（LibriVox）</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>マイク：システムの既定</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>マイク：{name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>音声ファイルを開く...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>音声: 前回選んだマイクが接続されていません。デモ録音を選びました</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>音声：{reason}。デモ録音はマイクなしでも使えます</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>音声ファイルを開く</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>オーディオ (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>vosk、faster-whisper、またはonnxruntime-genai Whisperのモデルフォルダーを開く</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper 対 onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>文字起こしを比較: {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>もう一度聞く</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>両側がデモ録音をもう一度聞きます</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · 単語誤り率 {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast} は {slow} の {ratio} 倍の速さで聞き取りました (RTF {fast_rtf} 対 {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>デモ録音を片側ずつ聞き取り中...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>まだなし</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>途中結果 {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>発話後の確定 {latency}</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>聞き取り {seconds} 秒</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>リアルタイムより低速</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → 英語</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>指定した言語</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>検出確率 {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>確定テキストまで</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>リアルタイムより高速</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>聞く</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>話したそばから文字に</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>文字起こしの保存を再開しました</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>聞き取りの開始/停止（Space）</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>プッシュトゥトーク：オフ</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>オンのとき、マイクは F8 を押している間だけ聞き取ります（ファイルとデモは全体を再生）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>文字起こしをコピー</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>文字起こしをクリア</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>.txtまたは.srt字幕として保存（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>大きなライブ字幕を別ウィンドウに表示（F9）</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>デモ録音を再生</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>同梱の録音を同じパイプラインで文字起こしします</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>聞き取り停止中</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation>（「自動」は新しいPCで一度だけエンジンを測定します）</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>音声モデルを読み込んでいます...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>読み込み {ms} ms</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}、聞き取り中...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>音声：{engine}、{why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>プッシュトゥトーク：オン（F8を長押し）</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>文字起こしをコピーしました</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>{count} 件の文をすべてこのコンピューターから削除しますか？</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>文字起こしを保存</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>テキスト (*.txt);;字幕 (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>文字起こしを {path} に保存しました</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>文字起こしを{path}に保存しています</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — ここまでの文字は保持されます。</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU 対 アクセラレータ</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>読み込み中...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>両側を読み込み中...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>ここには CPU しかありません: このマシンでは比較対象がありません</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>2 台目のデバイスなし</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;このPCでは{pipeline}を利用できません&lt;/b&gt;&lt;br&gt;{reason}。&lt;br&gt;他のパイプラインは通常どおり動作します。</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>フレームの入力元（Ctrl+Oでファイルを開きます）</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>厳密</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>アクセラレータのみ：すべてのノードを自身で実行できないプロバイダーは、ノードをCPUに渡さずにスキップします（黙ってフォールバックしてはならないデモ向け）</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>内蔵検出器の精度：「自動」はNPUにINT8、GPUにFP32、CPUには測定で高速かつFP32と結果が一致した場合にINT8を使います</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>スコアのしきい値（[ と ] で調整）</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU：同じクラスのボックスがこの値より大きく重なると統合されます</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入力ソース</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>デモ動画（歩行者）</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>カメラ {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>ファイルを開く...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>見つかったカメラ：{cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>動画または画像を開く</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>動画と画像 (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>しきい値 {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>フレーム待ち</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>前処理</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>デコード+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>描画</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>取得-&gt;結果</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>処理 {last} ms（p50 {p50}、p95 {p95}） · 最大 {possible} FPS · 表示 {shown} FPS</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation>（入力元のペース）</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>破棄したフレーム {count}（最新のフレームを優先）</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · ウォームアップ {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>モデルを読み込んでいます...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>1フレームあたり</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>フレーム/秒（最大）</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>見る</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>ライブ映像の物体</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>スナップショットの保存を再開しました</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>検出の開始/停止（Space）</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>注釈付きのフレームをPNGとして保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>ONNX検出器を開く</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>ONNX検出器 (*.onnx);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>モデルを読み込み、プロバイダーをウォームアップしています...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{device}上の{model}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>最初のフレームを待っています...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation>（以前のモデルを引き続き使用）</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>保存できるフレームがまだありません</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>スナップショットを保存しました：{path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>CPUプロバイダーとデモ動画に切り替えました。</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}。失敗が続くため、これ以上再起動しません。{done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}。{seconds}秒後に再起動します</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>もう一度試すには、小さいモデル、別のエンジン、またはデバイス一覧の「自動」を選んでください。</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>デモ録音に切り替えました（デバイスは自動で選択）。</translation>
    </message>
</context>
</TS>

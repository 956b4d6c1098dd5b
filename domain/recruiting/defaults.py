"""The first templates, from the seeds: 沟通能力, 情绪稳定性, 服务意识, 情景模拟, and team fit for the
veteran round. They are the supervisor's starting content (stored as data and edited in the app), so
they are written in the supervisor's language rather than translated at display time."""

from __future__ import annotations

from domain.recruiting.model import Dimension, Round

COMMUNICATION = Dimension(
    key="communication", name="沟通能力", weight=30,
    description="能清晰表达、准确理解、有效反馈；不是能说会道就行",
    anchors=("表达混乱，答非所问", "能表达但啰嗦，需多次追问", "表达基本清楚，能听懂问题",
             "条理清楚，会确认对方的理解", "简洁准确，能把复杂政策讲明白并确认客户已理解"),
)
EMOTIONAL_STABILITY = Dimension(
    key="emotional_stability", name="情绪稳定性", weight=30, knockout_below=3,
    description="面对压力和负面情绪时能否保持冷静；观察候选人如何回应压力场景",
    anchors=("被追问即明显烦躁或退缩", "压力下语气变冲或沉默", "基本能稳住，偶有情绪外露",
             "压力下语气平稳，能就事论事", "始终从容，还能安抚对方情绪"),
)
SERVICE_ATTITUDE = Dimension(
    key="service_attitude", name="服务意识", weight=20,
    description="真心愿意帮助别人解决问题；可问“过去有没有帮助陌生人的经历”",
    anchors=("以自我为中心，对帮助他人无感", "把服务理解为低头哈腰", "愿意帮忙，但停留在表面",
             "能举出主动帮助他人的具体经历", "讲述中自然流露对解决他人问题的成就感"),
)
SCENARIO = Dimension(
    key="scenario", name="情景模拟", weight=20,
    description="现场处理一个真实工作场景，看思考过程和解决方案",
    anchors=("无法进入角色或直接拒绝客户", "照搬规定，激化矛盾", "能安抚，但方案单一",
             "先共情再给出可行方案", "共情、解释政策、给出替代方案并争取客户认可"),
)
TEAM_FIT = Dimension(
    key="team_fit", name="团队融合", weight=20,
    description="老员工视角：是否愿意请教、分享，能否融入班组",
    anchors=("明显排斥协作", "只顾自己，不愿求助", "能配合，但较被动", "主动请教，乐于分享",
             "能带动氛围，老员工愿意带他"),
)
SCENARIOS = (
    "客户要求退货，但已超出退货期限",
    "客户第三次来电投诉同一问题，情绪激动",
    "客户要求立即转接上级，但规定需先登记",
    "客户误解资费政策，坚持认为被多扣费",
)

DEFAULT_DIMENSIONS: dict[Round, tuple[Dimension, ...]] = {
    Round.HR: (COMMUNICATION, EMOTIONAL_STABILITY, SERVICE_ATTITUDE),
    Round.SUPERVISOR: (COMMUNICATION, EMOTIONAL_STABILITY, SERVICE_ATTITUDE, SCENARIO),
    Round.VETERAN: (EMOTIONAL_STABILITY, SERVICE_ATTITUDE, SCENARIO, TEAM_FIT),
}
DEFAULT_SCENARIOS: dict[Round, tuple[str, ...]] = {Round.HR: (), Round.SUPERVISOR: SCENARIOS, Round.VETERAN: SCENARIOS}
